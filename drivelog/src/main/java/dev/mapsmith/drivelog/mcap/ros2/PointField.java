package dev.mapsmith.drivelog.mcap.ros2;

/**
 * {@code sensor_msgs/PointField}: a named field at a byte offset within each point, of a datatype
 * (INT8 1, UINT8 2, INT16 3, UINT16 4, INT32 5, UINT32 6, FLOAT32 7, FLOAT64 8) and count.
 */
public record PointField(String name, int offset, int datatype, int count) {

  public static final int INT8 = 1, UINT8 = 2, INT16 = 3, UINT16 = 4;
  public static final int INT32 = 5, UINT32 = 6, FLOAT32 = 7, FLOAT64 = 8;

  /** Bytes of one element of this datatype; 0 for an unknown datatype. */
  public int size() {
    return switch (datatype) {
      case INT8, UINT8 -> 1;
      case INT16, UINT16 -> 2;
      case INT32, UINT32, FLOAT32 -> 4;
      case FLOAT64 -> 8;
      default -> 0;
    };
  }
}
