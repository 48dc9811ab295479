package dev.mapsmith.drivelog;

/** Takes a sweep's points a piece at a time ({@link LidarSweep#streamInWorld}). */
@FunctionalInterface
public interface PointSink {

  /** One piece; the sink may keep it or drop it once it returns. */
  void accept(PointCloud piece) throws DriveLogException;
}
