package dev.mapsmith.reconstruction.vector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Side-by-side copies of a line (a double line's two stripes, a line found twice): a chain mostly
 * lying on a longer chain is dropped; of one that lies on it only in part, the overlapping stretch
 * is cut off and the rest kept, so that it can continue the longer chain.
 */
final class ChainCopies {

  /** A fragment centre closer than this to a longer chain's fragment counts as a copy. */
  private static final double COPY_DISTANCE = 0.5;

  /** A chain is a copy when at least this share of its painted length lies on a longer chain. */
  private static final double COPY_SHARE = 0.6;

  private ChainCopies() {}

  /** Chains by painted length, longest first, without those lying on a longer kept chain. */
  static List<Chain> drop(List<Chain> chains) {
    List<Chain> sorted = new ArrayList<>(chains);
    sorted.sort(Comparator.comparingDouble((Chain c) -> -c.paintedLength()));
    List<Blob> keptFragments = new ArrayList<>();
    List<Chain> kept = new ArrayList<>();
    for (Chain c : sorted) {
      int m = c.fragments().size();
      boolean[] on = new boolean[m];
      double onLength = 0;
      if (!keptFragments.isEmpty()) {
        SpatialIndex index = new SpatialIndex(keptFragments, 4);
        for (int i = 0; i < m; i++) {
          Blob f = c.fragments().get(i);
          for (int k : index.near(f.cx(), f.cy(), COPY_DISTANCE + 4)) {
            if (distanceToSegment(f.cx(), f.cy(), keptFragments.get(k)) < COPY_DISTANCE) {
              on[i] = true;
              onLength += f.length();
              break;
            }
          }
        }
      }
      if (onLength >= COPY_SHARE * c.paintedLength()) {
        continue; // a copy of longer lines
      }
      // keep the runs that are not on a longer line (an overlapping stretch is cut off)
      int start = 0;
      for (int i = 0; i <= m; i++) {
        if (i == m || on[i]) {
          if (i > start) {
            Chain run =
                new Chain(
                    List.copyOf(c.fragments().subList(start, i)),
                    java.util.Arrays.copyOfRange(c.forward(), start, i));
            kept.add(run);
            keptFragments.addAll(run.fragments());
          }
          start = i + 1;
        }
      }
    }
    return kept;
  }

  static double distanceToSegment(double x, double y, Blob b) {
    double ax = b.endX(0), ay = b.endY(0), bx = b.endX(1), by = b.endY(1);
    double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    return Math.hypot(x - ax - t * dx, y - ay - t * dy);
  }
}
