package dev.mapsmith.app.ops;

import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.TimedPose;
import java.util.List;

/**
 * An estimate of the pose noise along a drive, for the engineers' GNSS plots: how far each position
 * lies from a quadratic in time fitted to its neighbours within {@link #HALF_WINDOW_NS} (a
 * vehicle's path is smooth over a second; GNSS jitter is not), as a root-mean-square over the same
 * window. Slow GNSS drift passes unseen: this measures the jitter that blurs accumulated lidar.
 */
public final class PoseNoiseEstimate {

  /** Half the fitting window: one second either side. */
  public static final long HALF_WINDOW_NS = 1_000_000_000L;

  private PoseNoiseEstimate() {}

  /** Per pose, the RMS residual in metres around it (0 where too few neighbours to fit). */
  public static double[] of(PoseTrajectory trajectory) {
    List<TimedPose> poses = trajectory.poses();
    int n = poses.size();
    double[] residual = new double[n];
    for (int i = 0; i < n; i++) {
      residual[i] = residualAt(poses, i);
    }
    double[] rms = new double[n];
    for (int i = 0; i < n; i++) {
      long t = poses.get(i).timestampNs();
      double sum = 0;
      int count = 0;
      for (int j = first(poses, t - HALF_WINDOW_NS); j < n; j++) {
        if (poses.get(j).timestampNs() > t + HALF_WINDOW_NS) {
          break;
        }
        sum += residual[j] * residual[j];
        count++;
      }
      rms[i] = count == 0 ? 0 : Math.sqrt(sum / count);
    }
    return rms;
  }

  /** Distance of pose {@code i} from the quadratic fitted to its neighbours (without itself). */
  private static double residualAt(List<TimedPose> poses, int i) {
    long t0 = poses.get(i).timestampNs();
    QuadraticFit fx = new QuadraticFit();
    QuadraticFit fy = new QuadraticFit();
    for (int j = first(poses, t0 - HALF_WINDOW_NS); j < poses.size(); j++) {
      TimedPose p = poses.get(j);
      if (p.timestampNs() > t0 + HALF_WINDOW_NS) {
        break;
      }
      if (j != i) {
        double t = (p.timestampNs() - t0) / 1e9;
        fx.add(t, p.vehicleToWorld().tx());
        fy.add(t, p.vehicleToWorld().ty());
      }
    }
    if (fx.count() < 6) {
      return 0;
    }
    double dx = poses.get(i).vehicleToWorld().tx() - fx.valueAtZero();
    double dy = poses.get(i).vehicleToWorld().ty() - fy.valueAtZero();
    // a residual left out of its own fit is larger than the noise by about the fit's own error
    return Math.hypot(dx, dy) / Math.sqrt(1 + 3.0 / fx.count());
  }

  private static int first(List<TimedPose> poses, long fromNs) {
    int lo = 0;
    int hi = poses.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (poses.get(mid).timestampNs() < fromNs) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
