package dev.mapsmith.viewer3d;

/** A pinhole camera: focal lengths and principal point in pixels, image size in pixels. */
public record CameraIntrinsics(double fx, double fy, double cx, double cy, int width, int height) {

  public CameraIntrinsics {
    if (!(fx > 0 && fy > 0) || width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "bad intrinsics " + fx + "," + fy + " " + width + "x" + height);
    }
  }
}
