package dev.mapsmith.reconstruction.vector;

import java.util.List;

/**
 * Fragments joined into one line, in order; {@code forward[i]} says whether fragment i runs along
 * its direction u (from end 0 to end 1) in the chain's order.
 */
public record Chain(List<Blob> fragments, boolean[] forward) {

  /** Painted length: the sum of the fragments' lengths. */
  public double paintedLength() {
    return fragments.stream().mapToDouble(Blob::length).sum();
  }

  /** Length from the first fragment's start through each fragment's ends to the last one's end. */
  public double span() {
    double sum = 0;
    double px = Double.NaN, py = Double.NaN;
    for (int i = 0; i < fragments.size(); i++) {
      Blob b = fragments.get(i);
      int s = forward[i] ? 0 : 1;
      if (i > 0) {
        sum += Math.hypot(b.endX(s) - px, b.endY(s) - py);
      }
      sum += b.length();
      px = b.endX(1 - s);
      py = b.endY(1 - s);
    }
    return sum;
  }

  /**
   * How far the chain bows away from the straight line between its two ends (m): the largest
   * distance of a fragment end or centre from that chord. A straight bar has about none; paint
   * round a bend of radius r through 90° has r (1 - cos 45°).
   */
  public double sag() {
    Blob first = fragments.get(0), last = fragments.get(fragments.size() - 1);
    int s0 = forward[0] ? 0 : 1, s1 = forward[fragments.size() - 1] ? 1 : 0;
    double ax = first.endX(s0), ay = first.endY(s0);
    double dx = last.endX(s1) - ax, dy = last.endY(s1) - ay, len = Math.hypot(dx, dy);
    if (len < 1e-9) {
      return 0;
    }
    double max = 0;
    for (Blob b : fragments) {
      double[][] pts = {{b.endX(0), b.endY(0)}, {b.cx(), b.cy()}, {b.endX(1), b.endY(1)}};
      for (double[] p : pts) {
        max = Math.max(max, Math.abs(-(p[0] - ax) * dy + (p[1] - ay) * dx) / len);
      }
    }
    return max;
  }
}
