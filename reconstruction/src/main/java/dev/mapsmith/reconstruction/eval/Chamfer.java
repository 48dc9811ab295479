package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;

/**
 * The metric's distance: both lines resampled to 100 evenly spaced points, then the mean of the two
 * directed mean nearest-point distances. Lines whose nearest points are farther apart than the 2 m
 * gate cannot match and get {@link Double#POSITIVE_INFINITY}.
 */
public final class Chamfer {

  /** Points per resampled line or ring. */
  public static final int POINTS = 100;

  /** Lines farther apart than this everywhere cannot match, metres. */
  public static final double GATE = 2.0;

  private Chamfer() {}

  /** Resamples packed 2D points (x0,y0,x1,...) to {@link #POINTS} points, packed the same way. */
  public static double[] resample(double[] xy, boolean closed) {
    double[] xyz = new double[xy.length / 2 * 3];
    for (int i = 0; i < xy.length / 2; i++) {
      xyz[3 * i] = xy[2 * i];
      xyz[3 * i + 1] = xy[2 * i + 1];
    }
    Polyline r = Polylines.resample(Polyline.of(xyz), closed, POINTS);
    double[] out = new double[2 * POINTS];
    for (int i = 0; i < POINTS; i++) {
      out[2 * i] = r.x(i);
      out[2 * i + 1] = r.y(i);
    }
    return out;
  }

  /**
   * For each point of {@code from} (packed x,y), the index of the nearest point of {@code to}: the
   * nearest-point pairing the distance below averages, for callers that need it point by point.
   */
  public static int[] nearest(double[] from, double[] to) {
    int na = from.length / 2, nb = to.length / 2;
    int[] out = new int[na];
    for (int i = 0; i < na; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < nb; j++) {
        double dx = from[2 * i] - to[2 * j], dy = from[2 * i + 1] - to[2 * j + 1];
        double d2 = dx * dx + dy * dy;
        if (d2 < best) {
          best = d2;
          out[i] = j;
        }
      }
    }
    return out;
  }

  /** Chamfer distance of two resampled lines, or infinity when the 2 m gate separates them. */
  public static double distance(double[] a, double[] b) {
    int na = a.length / 2, nb = b.length / 2;
    double[] nearestB = new double[nb];
    java.util.Arrays.fill(nearestB, Double.POSITIVE_INFINITY);
    double sumA = 0, closest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < na; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < nb; j++) {
        double dx = a[2 * i] - b[2 * j], dy = a[2 * i + 1] - b[2 * j + 1];
        double d2 = dx * dx + dy * dy;
        if (d2 < best) {
          best = d2;
        }
        if (d2 < nearestB[j]) {
          nearestB[j] = d2;
        }
      }
      closest = Math.min(closest, best);
      sumA += Math.sqrt(best);
    }
    if (Math.sqrt(closest) > GATE) {
      return Double.POSITIVE_INFINITY;
    }
    double sumB = 0;
    for (double d2 : nearestB) {
      sumB += Math.sqrt(d2);
    }
    return (sumA / na + sumB / nb) / 2;
  }
}
