package dev.mapsmith.sampledrives.world;

import java.util.ArrayList;
import java.util.List;

/**
 * A road's reference line in the ground plane, built from straights and arcs and sampled every
 * {@value #STEP} m. Offsets are to the left of the direction of travel.
 */
public final class RoadPath {

  public static final double STEP = 0.25;

  private final double[] xs;
  private final double[] ys;
  private final double[] hs;

  private RoadPath(double[] xs, double[] ys, double[] hs) {
    this.xs = xs;
    this.ys = ys;
    this.hs = hs;
  }

  /** Starts a path at (x, y) heading {@code headingDeg} (0 = east, counter-clockwise). */
  public static Builder start(double x, double y, double headingDeg) {
    return new Builder(x, y, Math.toRadians(headingDeg));
  }

  public double length() {
    return (xs.length - 1) * STEP;
  }

  /** The point at arc length {@code s}, moved {@code offset} metres to the left. */
  public double[] at(double s, double offset) {
    double f = Math.max(0, Math.min(xs.length - 1.0, s / STEP));
    int i = Math.min(xs.length - 2, (int) f);
    double t = f - i;
    double x = xs[i] + t * (xs[i + 1] - xs[i]);
    double y = ys[i] + t * (ys[i + 1] - ys[i]);
    double h = hs[i] + t * angleDiff(hs[i + 1], hs[i]);
    return new double[] {x - offset * Math.sin(h), y + offset * Math.cos(h)};
  }

  /** Points from s0 to s1 (either order), about every {@code spacing} metres, at an offset. */
  public List<double[]> line(double s0, double s1, double offset, double spacing) {
    int n = Math.max(1, (int) Math.ceil(Math.abs(s1 - s0) / spacing));
    List<double[]> pts = new ArrayList<>(n + 1);
    for (int k = 0; k <= n; k++) {
      pts.add(at(s0 + (s1 - s0) * k / n, offset));
    }
    return pts;
  }

  /** Points from s0 to s1 with an offset that varies along the path. */
  public List<double[]> line(
      double s0, double s1, java.util.function.DoubleUnaryOperator offsetAt, double spacing) {
    int n = Math.max(1, (int) Math.ceil(Math.abs(s1 - s0) / spacing));
    List<double[]> pts = new ArrayList<>(n + 1);
    for (int k = 0; k <= n; k++) {
      double s = s0 + (s1 - s0) * k / n;
      pts.add(at(s, offsetAt.applyAsDouble(s)));
    }
    return pts;
  }

  /** Points straight across the road at {@code s}, from offset o0 to o1. */
  public List<double[]> across(double s, double o0, double o1) {
    int n = Math.max(1, (int) Math.ceil(Math.abs(o1 - o0) / 2.0));
    List<double[]> pts = new ArrayList<>(n + 1);
    for (int k = 0; k <= n; k++) {
      pts.add(at(s, o0 + (o1 - o0) * k / n));
    }
    return pts;
  }

  static double angleDiff(double a, double b) {
    double d = a - b;
    while (d > Math.PI) {
      d -= 2 * Math.PI;
    }
    while (d < -Math.PI) {
      d += 2 * Math.PI;
    }
    return d;
  }

  /** Appends straights and arcs. */
  public static final class Builder {
    private final List<double[]> pts = new ArrayList<>();
    private double x;
    private double y;
    private double h;

    private Builder(double x, double y, double h) {
      this.x = x;
      this.y = y;
      this.h = h;
      pts.add(new double[] {x, y, h});
    }

    public Builder straight(double length) {
      int n = (int) Math.round(length / STEP);
      for (int i = 0; i < n; i++) {
        x += STEP * Math.cos(h);
        y += STEP * Math.sin(h);
        pts.add(new double[] {x, y, h});
      }
      return this;
    }

    /** An arc of {@code radius}; positive degrees turn left, negative right. */
    public Builder arc(double radius, double degrees) {
      double total = radius * Math.toRadians(Math.abs(degrees));
      int n = (int) Math.round(total / STEP);
      double dh = Math.toRadians(degrees) / n;
      double chord = 2 * radius * Math.sin(Math.abs(dh) / 2);
      for (int i = 0; i < n; i++) {
        x += chord * Math.cos(h + dh / 2);
        y += chord * Math.sin(h + dh / 2);
        h += dh;
        pts.add(new double[] {x, y, h});
      }
      return this;
    }

    public RoadPath build() {
      int n = pts.size();
      double[] xs = new double[n], ys = new double[n], hs = new double[n];
      for (int i = 0; i < n; i++) {
        xs[i] = pts.get(i)[0];
        ys[i] = pts.get(i)[1];
        hs[i] = pts.get(i)[2];
      }
      return new RoadPath(xs, ys, hs);
    }
  }
}
