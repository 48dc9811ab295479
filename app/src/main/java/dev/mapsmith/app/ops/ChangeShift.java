package dev.mapsmith.app.ops;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a moved element goes: its geometry shifted by the median offset from its samples to the
 * line found beside it. Samples whose nearest point is an end of the found line are left out when
 * any other is there (the drive found part of a long line, or a longer one), so a found line that
 * covers a piece moves the whole element sideways, heights and shape kept.
 */
public final class ChangeShift {

  /** Samples along the prior element. */
  static final int SAMPLES = 50;

  private ChangeShift() {}

  /** {@code prior} shifted onto {@code found} in the ground plane. */
  public static Polyline onto(Polyline prior, boolean closed, Polyline found) {
    Polyline s = Polylines.resample(prior, closed, SAMPLES);
    List<double[]> inner = new ArrayList<>(), all = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      double[] o = offset(found, s.x(i), s.y(i));
      all.add(o);
      if (o[2] == 0) {
        inner.add(o);
      }
    }
    List<double[]> used = inner.isEmpty() ? all : inner;
    double dx = median(used, 0), dy = median(used, 1);
    List<Point3> out = new ArrayList<>(prior.size());
    for (int i = 0; i < prior.size(); i++) {
      out.add(new Point3(prior.x(i) + dx, prior.y(i) + dy, prior.z(i)));
    }
    return Polyline.of(out);
  }

  /** (dx, dy, 1 when the nearest point of {@code line} is one of its ends else 0). */
  private static double[] offset(Polyline line, double px, double py) {
    double best = Double.POSITIVE_INFINITY;
    double[] out = null;
    for (int i = 0; i + 1 < line.size(); i++) {
      double ax = line.x(i), ay = line.y(i), bx = line.x(i + 1), by = line.y(i + 1);
      double vx = bx - ax, vy = by - ay, len2 = vx * vx + vy * vy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2));
      double qx = ax + t * vx, qy = ay + t * vy;
      double d = Math.hypot(qx - px, qy - py);
      if (d < best) {
        best = d;
        boolean end = (i == 0 && t == 0) || (i + 2 == line.size() && t == 1);
        out = new double[] {qx - px, qy - py, end ? 1 : 0};
      }
    }
    return out;
  }

  private static double median(List<double[]> v, int k) {
    double[] a = v.stream().mapToDouble(o -> o[k]).sorted().toArray();
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }
}
