package dev.mapsmith.drivelog.mcap.ros2;

/** {@code std_msgs/Header}: the stamp (int32 sec, uint32 nanosec) in ns, and the frame id. */
public record RosHeader(long stampNs, String frameId) {

  static RosHeader read(CdrCursor c) {
    long sec = c.i32();
    long nanosec = c.u32();
    return new RosHeader(sec * 1_000_000_000L + nanosec, c.string());
  }
}
