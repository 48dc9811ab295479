package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.reconstruction.grid.DenseLayers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shrinks a crosswalk region the network predicted to the painted stripes inside it. The network
 * draws crosswalk regions up to a metre wider than the paint; the lidar's intensity shows where the
 * stripes end. In the region's own axes, each 0.1 m slice counts the share of its cells brighter
 * than half-way between the region's road level (25th percentile) and paint level (90th
 * percentile); slices holding at least half of the best slice's share are painted. Along the
 * stripes the dominant run of painted slices is kept (a bar beside the crosswalk is cut off),
 * across them all stripes are. The result never reaches beyond the region.
 */
final class CrosswalkTrim {

  /** Shortest side (metres) of a trimmed crosswalk; a shorter one means the paint was no zebra. */
  static final double MIN_SIDE = 0.5;

  /** Fewest cells with an intensity a region needs before it is trimmed. */
  static final int MIN_CELLS = 50;

  /** Least difference between the paint and road levels (mean intensity, 0..1) that shows paint. */
  static final double MIN_CONTRAST = 0.05;

  /**
   * Along the stripes one run of painted slices holds nearly all the paint; a run beside it (a stop
   * line or another bar the network joined to the crosswalk) is cut off when the main run holds at
   * least this share. Across the stripes each stripe is its own run and all are kept.
   */
  static final double DOMINANT_SHARE = 0.6;

  /** Runs of painted slices closer than this many slices are one run. */
  static final int RUN_GAP = 2;

  private CrosswalkTrim() {}

  /**
   * Extents {aMin, aMax, nMin, nMax} of the painted part of the region {@code comp} (cell indices
   * of {@code layers}), along the unit axis (ux, uy) and across it, relative to (cx, cy); null when
   * the region shows no paint contrast. {@code intensity} holds NaN in cells without points.
   */
  static double[] extents(
      DenseLayers layers,
      int[] comp,
      float[] intensity,
      double cx,
      double cy,
      double ux,
      double uy) {
    double[] along = new double[comp.length], across = new double[comp.length];
    float[] values = new float[comp.length];
    double[] box = {
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY
    };
    int n = 0;
    for (int cell : comp) {
      double dx = layers.centerX(cell % layers.width) - cx;
      double dy = layers.centerY(cell / layers.width) - cy;
      double a = dx * ux + dy * uy, b = -dx * uy + dy * ux;
      box[0] = Math.min(box[0], a);
      box[1] = Math.max(box[1], a);
      box[2] = Math.min(box[2], b);
      box[3] = Math.max(box[3], b);
      if (!Float.isNaN(intensity[cell])) {
        along[n] = a;
        across[n] = b;
        values[n++] = intensity[cell];
      }
    }
    if (n < MIN_CELLS) {
      return null;
    }
    float[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    double road = sorted[n / 4], paint = sorted[(int) (n * 0.9)];
    if (paint - road < MIN_CONTRAST) {
      return null;
    }
    double threshold = (road + paint) / 2;
    double res = layers.resolution;
    double[] a = painted(along, values, n, threshold, box[0], box[1], res);
    double[] b = painted(across, values, n, threshold, box[2], box[3], res);
    if (a[1] - a[0] < MIN_SIDE || b[1] - b[0] < MIN_SIDE) {
      return null; // a speck of paint, not stripes: keep the region's own rectangle
    }
    return new double[] {a[0] - res / 2, a[1] + res / 2, b[0] - res / 2, b[1] + res / 2};
  }

  /**
   * The painted extent of {@code pos} in [lo, hi]: slices whose bright share is at least half the
   * best one's form runs; the extent is the dominant run, or from the first run to the last.
   */
  private static double[] painted(
      double[] pos, float[] values, int n, double threshold, double lo, double hi, double res) {
    int bins = (int) Math.floor((hi - lo) / res) + 1;
    int[] count = new int[bins], bright = new int[bins];
    for (int i = 0; i < n; i++) {
      int k = Math.min(bins - 1, (int) Math.floor((pos[i] - lo) / res));
      count[k]++;
      if (values[i] > threshold) {
        bright[k]++;
      }
    }
    double best = 0;
    double[] share = new double[bins];
    for (int k = 0; k < bins; k++) {
      share[k] = count[k] == 0 ? 0 : bright[k] / (double) count[k];
      best = Math.max(best, share[k]);
    }
    List<int[]> runs = runs(share, best / 2);
    double total = 0, top = 0;
    int[] dominant = runs.get(0);
    for (int[] r : runs) {
      double sum = 0;
      for (int k = r[0]; k <= r[1]; k++) {
        sum += share[k];
      }
      total += sum;
      if (sum > top) {
        top = sum;
        dominant = r;
      }
    }
    int first = runs.get(0)[0], last = runs.get(runs.size() - 1)[1];
    if (top >= DOMINANT_SHARE * total) {
      first = dominant[0];
      last = dominant[1];
    }
    return new double[] {lo + first * res, lo + last * res};
  }

  /** Runs [first, last] of slices with {@code share >= min}, joined across short gaps. */
  private static List<int[]> runs(double[] share, double min) {
    List<int[]> runs = new ArrayList<>();
    for (int k = 0; k < share.length; k++) {
      if (share[k] < min) {
        continue;
      }
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && k - last[1] <= RUN_GAP + 1) {
        last[1] = k;
      } else {
        runs.add(new int[] {k, k});
      }
    }
    return runs;
  }
}
