package dev.mapsmith.reconstruction.vector;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins fragments into lines: every pair of fragment ends that are close, aligned and nearly
 * collinear is a candidate link; links are taken greedily by cost (gap plus weighted lateral
 * offset), each end at most once and never closing a cycle. Each joined group is walked end to end
 * into a {@link Chain}.
 */
public final class LineChainer {

  private LineChainer() {}

  public static List<Chain> chain(List<Blob> fragments, ChainConfig cfg) {
    int n = fragments.size();
    double cosMax = Math.cos(Math.toRadians(cfg.maxAngleDeg()));
    List<double[]> links = new ArrayList<>(); // cost, a, endA, b, endB
    SpatialIndex index = new SpatialIndex(fragments, Math.max(cfg.maxGap(), 1));
    for (int a = 0; a < n; a++) {
      Blob fa = fragments.get(a);
      for (int b : index.near(fa.cx(), fa.cy(), cfg.maxGap() + fa.length())) {
        if (b <= a) {
          continue;
        }
        Blob fb = fragments.get(b);
        if (Math.abs(fa.ux() * fb.ux() + fa.uy() * fb.uy()) < cosMax) {
          continue;
        }
        for (int ea = 0; ea < 2; ea++) {
          for (int eb = 0; eb < 2; eb++) {
            double cost = linkCost(fa, ea, fb, eb, cfg, cosMax);
            if (cost < Double.POSITIVE_INFINITY) {
              links.add(new double[] {cost, a, ea, b, eb});
            }
          }
        }
      }
    }
    int[][] next = EndLinks.link(n, links);
    return walk(fragments, next);
  }

  /**
   * Cost of joining end ea of a to end eb of b, or infinity when they do not continue each other.
   */
  static double linkCost(Blob a, int ea, Blob b, int eb, ChainConfig cfg, double cosMax) {
    double ax = a.endX(ea), ay = a.endY(ea), bx = b.endX(eb), by = b.endY(eb);
    double gap = Math.hypot(bx - ax, by - ay);
    if (gap > cfg.maxGap()) {
      return Double.POSITIVE_INFINITY;
    }
    // Outward directions at the two ends must face each other.
    double oax = ea == 1 ? a.ux() : -a.ux(), oay = ea == 1 ? a.uy() : -a.uy();
    double obx = eb == 1 ? b.ux() : -b.ux(), oby = eb == 1 ? b.uy() : -b.uy();
    if (oax * obx + oay * oby > -cosMax) {
      return Double.POSITIVE_INFINITY;
    }
    if (gap > 0.5 && ((bx - ax) * oax + (by - ay) * oay) / gap < cosMax) {
      return Double.POSITIVE_INFINITY;
    }
    double lateralA = Math.abs(-(bx - ax) * oay + (by - ay) * oax);
    double lateralB = Math.abs(-(ax - bx) * oby + (ay - by) * obx);
    double lateral = Math.max(lateralA, lateralB);
    if (lateral > cfg.lateral() + cfg.lateralPerMetre() * gap) {
      return Double.POSITIVE_INFINITY;
    }
    return gap + 10 * lateral;
  }

  private static List<Chain> walk(List<Blob> fragments, int[][] next) {
    int n = fragments.size();
    boolean[] done = new boolean[n];
    List<Chain> out = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (done[start] || (next[start][0] >= 0 && next[start][1] >= 0)) {
        continue; // start only at a chain's end
      }
      out.add(walkFrom(fragments, next, done, start));
    }
    return out;
  }

  private static Chain walkFrom(List<Blob> fragments, int[][] next, boolean[] done, int start) {
    List<Blob> list = new ArrayList<>();
    List<Boolean> fwd = new ArrayList<>();
    int cur = start;
    int entry = next[start][0] >= 0 ? 1 : 0; // enter through the free end
    while (cur >= 0 && !done[cur]) {
      done[cur] = true;
      list.add(fragments.get(cur));
      fwd.add(entry == 0);
      int link = next[cur][1 - entry];
      if (link < 0) {
        break;
      }
      cur = link / 2;
      entry = link % 2;
    }
    boolean[] forward = new boolean[fwd.size()];
    for (int i = 0; i < forward.length; i++) {
      forward[i] = fwd.get(i);
    }
    return new Chain(list, forward);
  }
}
