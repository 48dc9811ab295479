package dev.mapsmith.reconstruction.sweep;

/**
 * How many distinct rings cross a piece of line (open ground points within the given half-width of
 * it, between its ends): with the rings that show paint on it, the share of crossings painted. A
 * line drawn through a few random bright spots crosses many rings that show none.
 */
final class RingCrossings {

  private RingCrossings() {}

  static int count(LinePiece p, SweepGround g, double halfWidth) {
    double s = Math.sin(p.angle()), c = Math.cos(p.angle());
    int n = 0;
    double[] ranges = new double[g.size()];
    for (int i = 0; i < g.size(); i++) {
      if (!g.open()[i]) {
        continue;
      }
      double t = g.u()[i] * c + g.v()[i] * s, d = -g.u()[i] * s + g.v()[i] * c - p.offset();
      if (Math.abs(d) <= halfWidth && t >= p.t0() && t <= p.t1()) {
        ranges[n++] = g.range()[i];
      }
    }
    return Rings.count(java.util.Arrays.copyOf(ranges, n));
  }
}
