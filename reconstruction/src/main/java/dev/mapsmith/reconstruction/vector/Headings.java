package dev.mapsmith.reconstruction.vector;

import java.util.ArrayList;
import java.util.List;

/** The driving direction near a point: the heading of the nearest trajectory pose. */
public final class Headings {

  private final List<double[]> poses = new ArrayList<>(); // x, y, yaw

  /** Adds a pose, skipping it when it is within 1 m of the last one added. */
  public void add(double x, double y, double yaw) {
    if (!poses.isEmpty()) {
      double[] last = poses.get(poses.size() - 1);
      if (Math.hypot(x - last[0], y - last[1]) < 1) {
        return;
      }
    }
    poses.add(new double[] {x, y, yaw});
  }

  public boolean isEmpty() {
    return poses.isEmpty();
  }

  /** The nearest pose as {x, y, yaw}, or null when there is none. */
  public double[] nearest(double x, double y) {
    double best = Double.POSITIVE_INFINITY;
    double[] out = null;
    for (double[] p : poses) {
      double d = (p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y);
      if (d < best) {
        best = d;
        out = p;
      }
    }
    return out == null ? null : out.clone();
  }

  /** The yaw of the nearest pose, or NaN when there is none. */
  public double near(double x, double y) {
    double best = Double.POSITIVE_INFINITY, yaw = Double.NaN;
    for (double[] p : poses) {
      double d = (p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y);
      if (d < best) {
        best = d;
        yaw = p[2];
      }
    }
    return yaw;
  }
}
