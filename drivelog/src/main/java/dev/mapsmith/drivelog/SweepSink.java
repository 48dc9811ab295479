package dev.mapsmith.drivelog;

/**
 * Receives the clouds of {@link DriveLog#readInWorld}: {@code position} is the sweep's place in the
 * list that was asked for. Called from the reading threads, in no particular order; an
 * implementation that keeps the clouds must be thread-safe.
 */
@FunctionalInterface
public interface SweepSink {

  void accept(int position, PointCloud world) throws DriveLogException;
}
