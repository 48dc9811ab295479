package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.RigidTransform;
import java.util.List;

/**
 * Timestamped vehicle poses in increasing time order, with interpolation at any time: linear for
 * translation, SLERP for rotation, clamped to the ends.
 *
 * <p>A trajectory may also be read on demand ({@link #lazy}): a format that must read its whole
 * file for every pose (the tf messages of a large ROS 2 bag) answers {@link #at} from the poses
 * around that time alone when it can prove they are the ones the whole list would use, and reads
 * the whole list on the first call that needs it ({@link #poses}, {@link #length2d}, or an {@link
 * #at} it cannot answer from a window). Either way {@link #at} gives the same pose.
 */
public final class PoseTrajectory {

  /** Where a lazily read trajectory comes from. */
  public interface Source {

    /** Every pose, in increasing time order (reads whatever it must, once). */
    List<TimedPose> all();

    /**
     * Poses around {@code timestampNs} among which the whole list's two poses that bracket it (or
     * its first or last pose, when it lies outside) are sure to be, with the same values; null when
     * the source cannot be sure without reading everything.
     */
    List<TimedPose> near(long timestampNs);
  }

  private volatile List<TimedPose> poses;
  private final Source source;

  public PoseTrajectory(List<TimedPose> poses) {
    this.poses = checked(poses);
    this.source = null;
  }

  private PoseTrajectory(Source source) {
    this.poses = null;
    this.source = source;
  }

  /** A trajectory whose poses are read from {@code source} when needed (never empty). */
  public static PoseTrajectory lazy(Source source) {
    return new PoseTrajectory(source);
  }

  private static List<TimedPose> checked(List<TimedPose> poses) {
    for (int i = 1; i < poses.size(); i++) {
      if (poses.get(i).timestampNs() <= poses.get(i - 1).timestampNs()) {
        throw new IllegalArgumentException(
            "pose timestamps must increase; index " + i + " does not");
      }
    }
    return List.copyOf(poses);
  }

  public List<TimedPose> poses() {
    List<TimedPose> p = poses;
    if (p == null) {
      synchronized (this) {
        p = poses;
        if (p == null) {
          p = checked(source.all());
          poses = p;
        }
      }
    }
    return p;
  }

  /** Whether every pose has been read (always, unless the trajectory is {@link #lazy}). */
  public boolean isLoaded() {
    return poses != null;
  }

  public boolean isEmpty() {
    return poses == null ? false : poses.isEmpty();
  }

  /** The interpolated pose at {@code timestampNs}; identity when there are no poses. */
  public RigidTransform at(long timestampNs) {
    List<TimedPose> p = poses;
    if (p == null) {
      List<TimedPose> window = source.near(timestampNs);
      p = window != null ? window : poses();
    }
    return at(p, timestampNs);
  }

  private static RigidTransform at(List<TimedPose> poses, long timestampNs) {
    if (poses.isEmpty()) {
      return RigidTransform.IDENTITY;
    }
    int lo = 0, hi = poses.size() - 1;
    if (timestampNs <= poses.get(lo).timestampNs()) {
      return poses.get(lo).vehicleToWorld();
    }
    if (timestampNs >= poses.get(hi).timestampNs()) {
      return poses.get(hi).vehicleToWorld();
    }
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (poses.get(mid).timestampNs() <= timestampNs) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    TimedPose a = poses.get(lo), b = poses.get(hi);
    double t = (double) (timestampNs - a.timestampNs()) / (b.timestampNs() - a.timestampNs());
    return a.vehicleToWorld().interpolate(b.vehicleToWorld(), t);
  }

  /** Length of the path in the ground plane, metres. */
  public double length2d() {
    List<TimedPose> poses = poses();
    double sum = 0;
    for (int i = 1; i < poses.size(); i++) {
      RigidTransform a = poses.get(i - 1).vehicleToWorld(), b = poses.get(i).vehicleToWorld();
      sum += Math.hypot(b.tx() - a.tx(), b.ty() - a.ty());
    }
    return sum;
  }
}
