package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.LineTags;
import dev.mapsmith.sampledrives.world.MapBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A lanelet through a junction from one lane's end to another lane's start: both bounds are cubic
 * Hermite curves leaving and arriving along the lanes' headings, so the lane graph joins exactly.
 */
final class Connector {

  private static final double TANGENT = 1.2;

  private Connector() {}

  static long build(
      MapBuilder map, Port from, Port to, LineTags right, LineTags left, double speedKmh) {
    long r = map.line(curve(from.right(), to.right(), from.heading(), to.heading()), right);
    long l = map.line(curve(from.left(), to.left(), from.heading(), to.heading()), left);
    return map.lanelet(l, r, "road", speedKmh);
  }

  /** A Hermite curve from a (heading ha) to b (heading hb), points about every metre. */
  static List<double[]> curve(double[] a, double[] b, double ha, double hb) {
    double d = Math.hypot(b[0] - a[0], b[1] - a[1]);
    double m = TANGENT * d;
    int n = Math.max(6, (int) Math.ceil(d));
    List<double[]> pts = new ArrayList<>(n + 1);
    for (int k = 0; k <= n; k++) {
      double t = (double) k / n, t2 = t * t, t3 = t2 * t;
      double h00 = 2 * t3 - 3 * t2 + 1, h10 = t3 - 2 * t2 + t;
      double h01 = -2 * t3 + 3 * t2, h11 = t3 - t2;
      pts.add(
          new double[] {
            h00 * a[0] + h10 * m * Math.cos(ha) + h01 * b[0] + h11 * m * Math.cos(hb),
            h00 * a[1] + h10 * m * Math.sin(ha) + h01 * b[1] + h11 * m * Math.sin(hb)
          });
    }
    return pts;
  }
}
