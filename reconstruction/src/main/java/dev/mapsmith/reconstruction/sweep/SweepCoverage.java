package dev.mapsmith.reconstruction.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides when the ground is too sparsely covered to accumulate: the classical grid needs many
 * sweeps passing over each spot (a single 32-beam sweep paints only its rings). Sweep positions
 * closer than {@link #DISTINCT} to the last distinct one add no new rings (a vehicle standing
 * still); coverage is sparse when fewer than three distinct positions remain or when they stand
 * further apart than the given spacing (median step).
 */
public final class SweepCoverage {

  /** Sweep positions closer than this to the previous distinct one see the same rings. */
  public static final double DISTINCT = 0.5;

  private SweepCoverage() {}

  /**
   * The indices of the sweeps (positions in order) to run the single-sweep detector on: one per
   * distinct position when coverage is sparse, none otherwise.
   */
  public static List<Integer> sparseSweeps(double[] x, double[] y, double spacing) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length: " + x.length + ", " + y.length);
    }
    List<Integer> distinct = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (distinct.isEmpty()) {
        distinct.add(i);
        continue;
      }
      int last = distinct.get(distinct.size() - 1);
      if (Math.hypot(x[i] - x[last], y[i] - y[last]) >= DISTINCT) {
        distinct.add(i);
      }
    }
    if (distinct.size() < 3) {
      return distinct;
    }
    double[] steps = new double[distinct.size() - 1];
    for (int k = 1; k < distinct.size(); k++) {
      int a = distinct.get(k - 1), b = distinct.get(k);
      steps[k - 1] = Math.hypot(x[b] - x[a], y[b] - y[a]);
    }
    Arrays.sort(steps);
    double median = steps[steps.length / 2];
    return median > spacing ? distinct : List.of();
  }
}
