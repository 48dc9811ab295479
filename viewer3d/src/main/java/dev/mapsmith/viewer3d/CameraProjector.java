package dev.mapsmith.viewer3d;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;

/**
 * Projects scene points into a pinhole camera image. The camera frame is OpenCV's (x right, y down,
 * z forward); {@code cameraToWorld} maps it into the scene frame. No lens distortion.
 */
public final class CameraProjector {

  private final CameraIntrinsics k;
  private final double[] r = new double[9]; // world to camera, row-major
  private final double[] t = new double[3];

  public CameraProjector(CameraIntrinsics intrinsics, RigidTransform cameraToWorld) {
    this.k = intrinsics;
    RigidTransform w2c = cameraToWorld.inverse();
    Point3 o = w2c.apply(new Point3(0, 0, 0));
    Point3 ex = w2c.apply(new Point3(1, 0, 0));
    Point3 ey = w2c.apply(new Point3(0, 1, 0));
    Point3 ez = w2c.apply(new Point3(0, 0, 1));
    Point3[] cols = {ex, ey, ez};
    for (int c = 0; c < 3; c++) {
      r[c] = cols[c].x() - o.x();
      r[3 + c] = cols[c].y() - o.y();
      r[6 + c] = cols[c].z() - o.z();
    }
    t[0] = o.x();
    t[1] = o.y();
    t[2] = o.z();
  }

  public CameraIntrinsics intrinsics() {
    return k;
  }

  /** The point in camera coordinates into {@code out} (x, y, z = depth). */
  public void toCamera(double x, double y, double z, double[] out) {
    out[0] = r[0] * x + r[1] * y + r[2] * z + t[0];
    out[1] = r[3] * x + r[4] * y + r[5] * z + t[1];
    out[2] = r[6] * x + r[7] * y + r[8] * z + t[2];
  }

  /** Pixel (u, v) and depth of a point in camera coordinates; depth must be positive. */
  public double u(double[] cam) {
    return k.fx() * cam[0] / cam[2] + k.cx();
  }

  public double v(double[] cam) {
    return k.fy() * cam[1] / cam[2] + k.cy();
  }

  /** {u, v, depth} of a scene point, or null when it lies behind the camera. */
  public double[] project(Point3 p) {
    double[] c = new double[3];
    toCamera(p.x(), p.y(), p.z(), c);
    if (c[2] <= 0) {
      return null;
    }
    return new double[] {u(c), v(c), c[2]};
  }
}
