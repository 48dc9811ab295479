package dev.mapsmith.reconstruction.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * How far a line reaches: paint ends somewhere between its last bright hit and the next ring that
 * crosses its extension with plain ground, so each end is moved half-way there (at most the
 * configured extension; the full extension when no ring crosses within reach). Points of the end
 * hit's own ring do not count: they lie right beside the hit.
 */
final class LineEnds {

  private LineEnds() {}

  static List<LinePiece> extend(
      List<LinePiece> chain, SweepGround g, boolean[] bright, SweepLineConfig cfg) {
    List<LinePiece> out = new ArrayList<>(chain);
    LinePiece first = out.get(0);
    out.set(0, first.withEnds(first.t0() - reach(first, g, bright, cfg, -1), first.t1()));
    LinePiece last = out.get(out.size() - 1);
    out.set(out.size() - 1, last.withEnds(last.t0(), last.t1() + reach(last, g, bright, cfg, 1)));
    return out;
  }

  /** Half the distance to the nearest unpainted ground point on the extension, capped. */
  private static double reach(
      LinePiece p, SweepGround g, boolean[] bright, SweepLineConfig cfg, int direction) {
    double s = Math.sin(p.angle()), c = Math.cos(p.angle());
    double end = direction > 0 ? p.t1() : p.t0();
    PaintHit endHit = null;
    for (PaintHit h : p.hits()) {
      double t = h.cu() * c + h.cv() * s;
      if (endHit == null || (t - (endHit.cu() * c + endHit.cv() * s)) * direction > 0) {
        endHit = h;
      }
    }
    double nearest = Double.MAX_VALUE;
    for (int i = 0; i < g.size(); i++) {
      if (bright[i]) {
        continue;
      }
      double t = g.u()[i] * c + g.v()[i] * s, d = -g.u()[i] * s + g.v()[i] * c - p.offset();
      double ahead = (t - end) * direction;
      if (ahead > 0
          && Math.abs(d) <= cfg.hitLink() / 2
          && !Rings.same(g.range()[i], endHit.range())) {
        nearest = Math.min(nearest, ahead);
      }
    }
    return Math.min(cfg.extension(), nearest / 2);
  }
}
