package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.RigidTransform;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One drive, read lazily: its metadata, the vehicle's pose trajectory in the drive's frame, lidar
 * sweeps, camera streams and vehicle signals. Frames that could not be read are listed in {@link
 * #skipped()} and left out; the rest stays usable. Closing releases mapped files.
 *
 * <p>Clouds in another frame (a project's, another drive's) come from {@link #loadIn} and {@link
 * #cloudsIn}, the one way to move a drive's points into a given {@link FrameOfReference}.
 */
public interface DriveLog extends AutoCloseable {

  DriveMetadata metadata();

  /** The vehicle's pose in the world frame ({@link DriveMetadata#frame()}) over time. */
  PoseTrajectory trajectory();

  /** Lidar sweeps in time order; each loads its points on demand. */
  List<LidarSweep> sweeps();

  List<CameraStream> cameras();

  SignalSeries signals();

  /** Radar sweeps in time order (all radars together); empty for formats without radar. */
  default List<RadarSweep> radar() {
    return List.of();
  }

  /** Frames that were found broken and skipped, with the reason. */
  List<SkippedFrame> skipped();

  /**
   * The rigid transform from this drive's world frame into {@code target} ({@link
   * FrameAlignment#rigid}): identity when they are equal.
   *
   * @throws dev.mapsmith.core.frame.FrameMismatchException when the frames cannot be related
   */
  default RigidTransform transformTo(FrameOfReference target) {
    return FrameAlignment.rigid(metadata().frame(), target);
  }

  /** One sweep's points in {@code target}, pose-corrected as {@link LidarSweep#loadInWorld}. */
  default PointCloud loadIn(LidarSweep sweep, FrameOfReference target) throws DriveLogException {
    RigidTransform t = transformTo(target);
    PointCloud world = sweep.loadInWorld(trajectory());
    return t.equals(RigidTransform.IDENTITY) ? world : PointClouds.transformInPlace(world, t);
  }

  /**
   * Every sweep's points in {@code target}, loaded one at a time as the iterator is walked. A sweep
   * that cannot be read ends the walk with an {@link UncheckedIOException} around its {@link
   * DriveLogException}.
   *
   * @throws dev.mapsmith.core.frame.FrameMismatchException at once when the frames cannot be
   *     related
   */
  default Iterator<PointCloud> cloudsIn(FrameOfReference target) {
    RigidTransform t = transformTo(target);
    boolean same = t.equals(RigidTransform.IDENTITY);
    Iterator<LidarSweep> sweeps = sweeps().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return sweeps.hasNext();
      }

      @Override
      public PointCloud next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        try {
          PointCloud world = sweeps.next().loadInWorld(trajectory());
          return same ? world : PointClouds.transformInPlace(world, t);
        } catch (DriveLogException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /**
   * Reads {@code sweeps} (of this drive) into the world frame, as {@link LidarSweep#loadInWorld}
   * does one by one, on {@code threads} threads, handing each cloud to {@code sink} with its place
   * in the list (from the reading threads, in no particular order). A format that stores several
   * sweeps in one block (an MCAP chunk) reads each block once and hands out its sweeps; the default
   * reads sweep by sweep. The first sweep that cannot be read stops the reading and is thrown.
   */
  default void readInWorld(List<LidarSweep> sweeps, int threads, SweepSink sink)
      throws DriveLogException {
    PoseTrajectory poses = trajectory();
    ParallelSweeps.run(
        sweeps.size(), threads, i -> sink.accept(i, sweeps.get(i).loadInWorld(poses)));
  }

  /**
   * Facts particular to the format, for {@code mapsmith info} (e.g. an MCAP bag's {@code
   * pose_source}, topics and notes); empty by default.
   */
  default Map<String, Object> details() {
    return Map.of();
  }

  @Override
  void close();
}
