package dev.mapsmith.drivelog.map.opendrive;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleFunction;

/**
 * Samples a curve given as a function of s so that the polyline through the samples stays within a
 * tolerance of the curve: a piece is split in half until the curve at its quarter points lies
 * within the tolerance of the chord. Breaks (where the curve's definition changes) are always
 * sampled, and no piece is longer than {@code maxStep} before it is checked. The check keeps a
 * {@link #MARGIN} in hand, since the farthest point from the chord may lie between the checked
 * ones.
 */
public final class AdaptiveSampler {

  /** One sample: the parameter s and the point {x, y, z}. */
  public record Sample(double s, double[] point) {}

  private static final double MIN_STEP = 1e-3;
  static final double MARGIN = 0.8;

  /**
   * Thrown when one sampler has made more than its limit of samples: a geometry too long or too
   * tightly curved to be a road (a hostile file), which would otherwise fill the heap.
   */
  public static final class TooManySamples extends RuntimeException {
    private final long limit;

    TooManySamples(long limit) {
      super("more than " + limit + " points", null, false, false);
      this.limit = limit;
    }

    /** The limit that was passed. */
    public long limit() {
      return limit;
    }
  }

  private final double tolerance;
  private final double maxStep;
  private final long limit;
  private long made;

  public AdaptiveSampler(double tolerance, double maxStep) {
    this(tolerance, maxStep, Long.MAX_VALUE);
  }

  /** As the other constructor; all calls together make at most {@code limit} samples. */
  public AdaptiveSampler(double tolerance, double maxStep, long limit) {
    this.tolerance = tolerance;
    this.maxStep = maxStep;
    this.limit = limit;
  }

  public List<Sample> sample(
      DoubleFunction<double[]> curve, double from, double to, List<Double> breaks) {
    TreeSet<Double> starts = new TreeSet<>();
    starts.add(from);
    starts.add(to);
    for (double b : breaks) {
      if (b > from + MIN_STEP && b < to - MIN_STEP) {
        starts.add(b);
      }
    }
    List<Double> coarse = new ArrayList<>();
    Double prev = null;
    for (double s : starts) {
      if (prev != null) {
        double pieces = Math.ceil((s - prev) / maxStep);
        if (pieces > limit - made - coarse.size()) {
          throw new TooManySamples(limit);
        }
        int n = Math.max(1, (int) pieces);
        for (int i = 1; i < n; i++) {
          coarse.add(prev + (s - prev) * i / n);
        }
      }
      coarse.add(s);
      prev = s;
    }
    List<Sample> out = new ArrayList<>();
    made += coarse.size();
    Sample last = new Sample(coarse.get(0), curve.apply(coarse.get(0)));
    out.add(last);
    for (int i = 1; i < coarse.size(); i++) {
      Sample next = new Sample(coarse.get(i), curve.apply(coarse.get(i)));
      refine(curve, last, next, out);
      out.add(next);
      last = next;
    }
    return out;
  }

  private void refine(DoubleFunction<double[]> curve, Sample a, Sample b, List<Sample> out) {
    double len = b.s() - a.s();
    if (len <= MIN_STEP) {
      return;
    }
    Sample mid = null;
    boolean ok = true;
    for (double f : new double[] {0.5, 0.25, 0.75}) {
      Sample q = new Sample(a.s() + f * len, curve.apply(a.s() + f * len));
      if (f == 0.5) {
        mid = q;
      }
      if (distanceToSegment(q.point(), a.point(), b.point()) > tolerance * MARGIN) {
        ok = false;
        break;
      }
    }
    if (ok) {
      return;
    }
    if (++made > limit) {
      throw new TooManySamples(limit);
    }
    refine(curve, a, mid, out);
    out.add(mid);
    refine(curve, mid, b, out);
  }

  /** The 3D distance from {@code p} to the segment a–b. */
  public static double distanceToSegment(double[] p, double[] a, double[] b) {
    double[] ab = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
    double[] ap = {p[0] - a[0], p[1] - a[1], p[2] - a[2]};
    double len2 = ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2];
    double t = len2 > 0 ? (ap[0] * ab[0] + ap[1] * ab[1] + ap[2] * ab[2]) / len2 : 0;
    t = Math.max(0, Math.min(1, t));
    double dx = ap[0] - t * ab[0], dy = ap[1] - t * ab[1], dz = ap[2] - t * ab[2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }
}
