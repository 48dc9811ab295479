package dev.mapsmith.drivelog.mcap.ros2;

/** {@code sensor_msgs/msg/CameraInfo}: image size, distortion model and the 3×3 matrix K. */
public record CameraInfoMessage(
    RosHeader header, int width, int height, String distortionModel, double[] k) {

  public static CameraInfoMessage decode(byte[] b, int from, int to) {
    CdrCursor c = new CdrCursor(b, from, to);
    RosHeader h = RosHeader.read(c);
    long height = c.u32(), width = c.u32();
    String model = c.string();
    int nd = c.sequence(8);
    c.skipF64(nd);
    double[] k = new double[9];
    c.f64s(k);
    c.skipF64(9 + 12);
    if (height > Integer.MAX_VALUE || width > Integer.MAX_VALUE) {
      throw new CdrException("camera size " + width + "x" + height, c.offset());
    }
    return new CameraInfoMessage(h, (int) width, (int) height, model, k);
  }

  public double fx() {
    return k[0];
  }

  public double fy() {
    return k[4];
  }

  public double cx() {
    return k[2];
  }

  public double cy() {
    return k[5];
  }
}
