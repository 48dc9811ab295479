package dev.mapsmith.sampledrives.scene;

import dev.mapsmith.sampledrives.world.Dressing;
import java.util.List;

/**
 * Cars driving along paths at constant speed. {@link #boxesAt} gives the boxes present at an
 * instant, packed like {@link Scene}'s boxes (centre x, y, cos, sin, half length, half width, z0,
 * z1), for {@link Scene#cast(double, double, double, double, double, double, double, Hit,
 * double[])}.
 */
public final class Traffic {

  static final int STRIDE = 8;
  static final double HALF_WIDTH = 0.9;
  static final double BOTTOM = 0.15;
  static final double TOP = 1.5;
  static final Traffic NONE = new Traffic(List.of());

  private final List<Dressing.Mover> movers;
  private final double[][] cumulative;

  Traffic(List<Dressing.Mover> movers) {
    this.movers = List.copyOf(movers);
    cumulative = new double[movers.size()][];
    for (int m = 0; m < movers.size(); m++) {
      List<double[]> p = movers.get(m).path();
      double[] c = new double[p.size()];
      for (int i = 1; i < p.size(); i++) {
        c[i] = c[i - 1] + Math.hypot(p.get(i)[0] - p.get(i - 1)[0], p.get(i)[1] - p.get(i - 1)[1]);
      }
      cumulative[m] = c;
    }
  }

  public int size() {
    return movers.size();
  }

  /** The boxes of the cars on their paths at time {@code t} seconds. */
  public double[] boxesAt(double t) {
    double[] out = new double[movers.size() * STRIDE];
    int n = 0;
    for (int m = 0; m < movers.size(); m++) {
      Dressing.Mover mv = movers.get(m);
      double[] c = cumulative[m];
      double s = mv.startS() + mv.speed() * t;
      if (s < 0 || s > c[c.length - 1] || c.length < 2) {
        continue;
      }
      int i = 1;
      while (i < c.length - 1 && c[i] < s) {
        i++;
      }
      double[] a = mv.path().get(i - 1), b = mv.path().get(i);
      double d = c[i] - c[i - 1];
      double f = d > 0 ? (s - c[i - 1]) / d : 0;
      double ux = d > 0 ? (b[0] - a[0]) / d : 1, uy = d > 0 ? (b[1] - a[1]) / d : 0;
      double[] box = {
        a[0] + f * (b[0] - a[0]),
        a[1] + f * (b[1] - a[1]),
        ux,
        uy,
        mv.length() / 2,
        HALF_WIDTH,
        BOTTOM,
        TOP
      };
      System.arraycopy(box, 0, out, n, STRIDE);
      n += STRIDE;
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
