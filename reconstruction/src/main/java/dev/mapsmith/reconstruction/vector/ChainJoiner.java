package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.List;

/**
 * The second pass over chains: drops chains that run on top of a longer one (side-by-side copies of
 * one painted line, e.g. from a double line's two stripes) and joins chains whose ends continue
 * each other across a gap (the chain's end direction is measured over its last few metres, so
 * curved lines join where the fragment-level {@link LineChainer} broke them).
 */
public final class ChainJoiner {

  private final JoinConfig rules;

  /** A joiner with the given tolerances ({@link JoinConfig}). */
  public ChainJoiner(JoinConfig rules) {
    this.rules = rules;
  }

  /** Removes copies, then joins continuing chains; {@code cfg} limits the joins. */
  public List<Chain> join(List<Chain> chains, ChainConfig cfg) {
    return join(chains, cfg, List.of());
  }

  /**
   * As {@link #join(List, ChainConfig)}, but never across a gap that passes over one of {@code
   * barriers} (stop lines and crosswalk outlines: lane lines end there, they do not continue).
   */
  public List<Chain> join(List<Chain> chains, ChainConfig cfg, List<Polyline> barriers) {
    return join(chains, cfg, barriers, rules.cornerReach(), false);
  }

  /**
   * As {@link #join(List, ChainConfig, List)}, with corner joins allowed between ends up to {@code
   * cornerGap} m apart (the rays must still meet within {@link JoinConfig#cornerReach()}, or half
   * of {@code cornerGap} if more, of both ends, so twice that reach admits every such corner: a
   * painted line round a bend of 2–3 m radius whose arc the fragments missed leaves its two
   * straight ends about 5 m apart). Painted lines go straight on through an X crossing: an end that
   * another chain continues straight takes no corner join.
   */
  public List<Chain> join(
      List<Chain> chains, ChainConfig cfg, List<Polyline> barriers, double cornerGap) {
    return join(chains, cfg, barriers, cornerGap, true);
  }

  private List<Chain> join(
      List<Chain> chains,
      ChainConfig cfg,
      List<Polyline> barriers,
      double cornerGap,
      boolean straightThrough) {
    List<Chain> kept = ChainCopies.drop(chains);
    int n = kept.size();
    double cosMax = Math.cos(Math.toRadians(cfg.maxAngleDeg()));
    double[][][] ends = new double[n][][], near = new double[n][][];
    for (int i = 0; i < n; i++) {
      ends[i] = ends(points(kept.get(i)), rules.endReach());
      near[i] = ends(points(kept.get(i)), rules.nearReach());
    }
    List<double[]> links = new ArrayList<>(), corners = new ArrayList<>();
    boolean[][] straight = new boolean[n][2];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        for (int ea = 0; ea < 2; ea++) {
          for (int eb = 0; eb < 2; eb++) {
            if (Barriers.crossed(ends[a][ea], ends[b][eb], barriers)) {
              continue;
            }
            double c = cost(ends[a][ea], ends[b][eb], cfg, cosMax, 0);
            if (close(near[a][ea], near[b][eb])) {
              c =
                  Math.min(
                      c,
                      cost(
                          near[a][ea],
                          near[b][eb],
                          cfg,
                          Math.cos(Math.toRadians(rules.nearAngleDeg())),
                          0));
            }
            if (c < Double.POSITIVE_INFINITY) {
              links.add(new double[] {c, a, ea, b, eb});
              straight[a][ea] = true;
              straight[b][eb] = true;
            }
            double k = cornerCost(ends[a][ea], ends[b][eb], cornerGap);
            if (close(near[a][ea], near[b][eb])) {
              k = Math.min(k, cornerCost(near[a][ea], near[b][eb], cornerGap));
            }
            if (k < c) {
              corners.add(new double[] {k, a, ea, b, eb});
            }
          }
        }
      }
    }
    for (double[] k : corners) {
      // At an X crossing the painted lines go straight on: no corner where an end continues.
      if (!straightThrough
          || !straight[(int) k[1]][(int) k[2]] && !straight[(int) k[3]][(int) k[4]]) {
        links.add(k);
      }
    }
    int[][] next = EndLinks.link(n, links);
    return walk(kept, next);
  }

  /** The chain's points in order: each fragment's entry end, centre and exit end. */
  static List<double[]> points(Chain c) {
    List<double[]> pts = new ArrayList<>();
    for (int i = 0; i < c.fragments().size(); i++) {
      Blob b = c.fragments().get(i);
      int s = c.forward()[i] ? 0 : 1;
      pts.add(new double[] {b.endX(s), b.endY(s)});
      pts.add(new double[] {b.cx(), b.cy()});
      pts.add(new double[] {b.endX(1 - s), b.endY(1 - s)});
    }
    return pts;
  }

  /** Whether two ends lie within {@link JoinConfig#nearGap()} of each other. */
  private boolean close(double[] a, double[] b) {
    return a != null && b != null && Math.hypot(b[0] - a[0], b[1] - a[1]) <= rules.nearGap();
  }

  /**
   * {x, y, outward ux, outward uy} at the start (0) and the end (1), the direction measured over
   * about {@code reach} metres.
   */
  private static double[][] ends(List<double[]> pts, double reach) {
    double[][] out = new double[2][];
    for (int e = 0; e < 2; e++) {
      double[] p = pts.get(e == 0 ? 0 : pts.size() - 1);
      double[] q = pts.get(e == 0 ? pts.size() - 1 : 0);
      for (int k = 1; k < pts.size(); k++) {
        double[] r = pts.get(e == 0 ? k : pts.size() - 1 - k);
        if (Math.hypot(r[0] - p[0], r[1] - p[1]) >= reach) {
          q = r;
          break;
        }
      }
      double dx = p[0] - q[0], dy = p[1] - q[1], len = Math.hypot(dx, dy);
      out[e] = len < 1e-6 ? null : new double[] {p[0], p[1], dx / len, dy / len};
    }
    return out;
  }

  private double cost(double[] a, double[] b, ChainConfig cfg, double cosMax, double cornerGap) {
    if (a == null || b == null) {
      return Double.POSITIVE_INFINITY;
    }
    double gx = b[0] - a[0], gy = b[1] - a[1], gap = Math.hypot(gx, gy);
    if (gap <= cornerGap && corner(a, b, Math.max(rules.cornerReach(), cornerGap / 2))) {
      return rules.cornerCost() + gap;
    }
    if (gap > cfg.maxGap() || a[2] * b[2] + a[3] * b[3] > -cosMax) {
      return Double.POSITIVE_INFINITY;
    }
    double lateral = Math.max(Math.abs(-gx * a[3] + gy * a[2]), Math.abs(gx * b[3] - gy * b[2]));
    double along = gx * a[2] + gy * a[3];
    boolean overlap = along < 0 && along > -rules.maxOverlap() && lateral <= cfg.lateral();
    if (gap > 2 * cfg.lateral()
        && !overlap
        && (along / gap < cosMax || (-gx * b[2] - gy * b[3]) / gap < cosMax)) {
      return Double.POSITIVE_INFINITY;
    }
    if (lateral > cfg.lateral() + cfg.lateralPerMetre() * gap) {
      return Double.POSITIVE_INFINITY;
    }
    return gap + rules.lateralCost() * lateral;
  }

  /** The cost of a corner join of ends a and b, or infinity when they do not make one. */
  private double cornerCost(double[] a, double[] b, double cornerGap) {
    if (a == null || b == null) {
      return Double.POSITIVE_INFINITY;
    }
    double gap = Math.hypot(b[0] - a[0], b[1] - a[1]);
    return gap <= cornerGap && corner(a, b, Math.max(rules.cornerReach(), cornerGap / 2))
        ? rules.cornerCost() + gap
        : Double.POSITIVE_INFINITY;
  }

  /**
   * A corner: the two ends' outward rays meet within {@link JoinConfig#cornerReach()} of both ends,
   * turning by at most {@link JoinConfig#cornerTurnDeg()} (a lane line rounding a tight bend that
   * the fragments missed).
   */
  private boolean corner(double[] a, double[] b, double reach) {
    double cross = a[2] * b[3] - a[3] * b[2];
    if (Math.abs(cross) < 1e-6
        || -(a[2] * b[2] + a[3] * b[3]) < Math.cos(Math.toRadians(rules.cornerTurnDeg()))) {
      return false;
    }
    double dx = b[0] - a[0], dy = b[1] - a[1];
    double s = (dx * b[3] - dy * b[2]) / cross, t = (dx * a[3] - dy * a[2]) / cross;
    return s >= 0 && t >= 0 && s <= reach && t <= reach;
  }

  private static List<Chain> walk(List<Chain> chains, int[][] next) {
    int n = chains.size();
    boolean[] done = new boolean[n];
    List<Chain> out = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (done[start] || (next[start][0] >= 0 && next[start][1] >= 0)) {
        continue;
      }
      List<Blob> frags = new ArrayList<>();
      List<Boolean> fwd = new ArrayList<>();
      int cur = start;
      int entry = next[start][0] >= 0 ? 1 : 0;
      while (cur >= 0 && !done[cur]) {
        done[cur] = true;
        Chain c = chains.get(cur);
        int m = c.fragments().size();
        boolean trimming = !frags.isEmpty();
        for (int k = 0; k < m; k++) {
          int i = entry == 0 ? k : m - 1 - k;
          Blob b = c.fragments().get(i);
          boolean f = entry == 0 ? c.forward()[i] : !c.forward()[i];
          if (trimming && behind(frags.get(frags.size() - 1), fwd.get(fwd.size() - 1), b)) {
            continue; // an overlapping join: skip what lies behind the line's end so far
          }
          trimming = false;
          frags.add(b);
          fwd.add(f);
        }
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
      out.add(new Chain(frags, forward));
    }
    return out;
  }

  private static boolean behind(Blob last, boolean forward, Blob b) {
    int exit = forward ? 1 : 0;
    double ux = forward ? last.ux() : -last.ux(), uy = forward ? last.uy() : -last.uy();
    return (b.cx() - last.endX(exit)) * ux + (b.cy() - last.endY(exit)) * uy < 0;
  }
}
