package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.RigidTransform;
import java.util.List;

/**
 * Timestamped vehicle poses in increasing time order, with interpolation at any time: linear for
 * translation, SLERP for rotation, clamped to the ends.
 */
public final class PoseTrajectory {

  private final List<TimedPose> poses;

  public PoseTrajectory(List<TimedPose> poses) {
    for (int i = 1; i < poses.size(); i++) {
      if (poses.get(i).timestampNs() <= poses.get(i - 1).timestampNs()) {
        throw new IllegalArgumentException(
            "pose timestamps must increase; index " + i + " does not");
      }
    }
    this.poses = List.copyOf(poses);
  }

  public List<TimedPose> poses() {
    return poses;
  }

  public boolean isEmpty() {
    return poses.isEmpty();
  }

  /** The interpolated pose at {@code timestampNs}; identity when there are no poses. */
  public RigidTransform at(long timestampNs) {
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
    double sum = 0;
    for (int i = 1; i < poses.size(); i++) {
      RigidTransform a = poses.get(i - 1).vehicleToWorld(), b = poses.get(i).vehicleToWorld();
      sum += Math.hypot(b.tx() - a.tx(), b.ty() - a.ty());
    }
    return sum;
  }
}
