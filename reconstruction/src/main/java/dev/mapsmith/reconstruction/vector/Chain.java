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
}
