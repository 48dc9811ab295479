package dev.mapsmith.reconstruction.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins line pieces that continue each other into chains (a lane line that bends, a dashed line cut
 * at a long gap): the end of one piece and the start of a later one (along the heading) join when
 * they are at most the join gap apart and the connecting step turns by no more than the search
 * angle from either piece. Nearest joins first; each end joins once.
 */
final class PieceJoiner {

  private PieceJoiner() {}

  static List<List<LinePiece>> join(List<LinePiece> pieces, SweepLineConfig cfg) {
    int n = pieces.size();
    int[] next = new int[n], prev = new int[n];
    java.util.Arrays.fill(next, -1);
    java.util.Arrays.fill(prev, -1);
    List<double[]> links = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        if (a != b) {
          double cost = cost(pieces.get(a), pieces.get(b), cfg);
          if (cost >= 0) {
            links.add(new double[] {cost, a, b});
          }
        }
      }
    }
    links.sort((p, q) -> Double.compare(p[0], q[0]));
    for (double[] l : links) {
      int a = (int) l[1], b = (int) l[2];
      if (next[a] < 0 && prev[b] < 0 && !reaches(next, b, a)) {
        next[a] = b;
        prev[b] = a;
      }
    }
    List<List<LinePiece>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (prev[i] < 0) {
        List<LinePiece> chain = new ArrayList<>();
        for (int k = i; k >= 0; k = next[k]) {
          chain.add(pieces.get(k));
        }
        out.add(chain);
      }
    }
    return out;
  }

  private static boolean reaches(int[] next, int from, int target) {
    for (int k = from; k >= 0; k = next[k]) {
      if (k == target) {
        return true;
      }
    }
    return false;
  }

  /** The gap from a's end to b's start, or -1 when they cannot join. */
  static double cost(LinePiece a, LinePiece b, SweepLineConfig cfg) {
    double au = a.u(a.t1()), av = a.v(a.t1()), bu = b.u(b.t0()), bv = b.v(b.t0());
    double du = bu - au, dv = bv - av, gap = Math.hypot(du, dv);
    if (gap > cfg.joinGap() || b.u(b.t1()) <= a.u(a.t1())) {
      return -1;
    }
    if (gap < cfg.joinOffset()) {
      return gap;
    }
    double step = Math.atan2(dv, du);
    if (Math.abs(step - a.angle()) > cfg.maxAngle()
        || Math.abs(step - b.angle()) > cfg.maxAngle()) {
      return -1;
    }
    return gap;
  }
}
