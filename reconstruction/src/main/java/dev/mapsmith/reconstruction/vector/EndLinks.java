package dev.mapsmith.reconstruction.vector;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy pairing of piece ends into chains, cheapest link first: each end takes at most one link,
 * and a link that would close a loop is refused. Used by {@link LineChainer} (fragments into
 * chains) and {@link ChainJoiner} (chains into longer chains).
 */
final class EndLinks {

  private EndLinks() {}

  /**
   * Links ends of {@code n} pieces. Each candidate is {@code {cost, a, endOfA, b, endOfB}} (ends 0
   * or 1); {@code candidates} is sorted in place. Returns {@code next[piece][end]}: {@code b * 2 +
   * endOfB} for a linked end, -1 for a free one.
   */
  static int[][] link(int n, List<double[]> candidates) {
    candidates.sort(Comparator.comparingDouble(l -> l[0]));
    int[][] next = new int[n][2];
    for (int[] row : next) {
      Arrays.fill(row, -1);
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (double[] l : candidates) {
      int a = (int) l[1], ea = (int) l[2], b = (int) l[3], eb = (int) l[4];
      if (next[a][ea] >= 0
          || next[b][eb] >= 0
          || DisjointSets.root(parent, a) == DisjointSets.root(parent, b)) {
        continue;
      }
      next[a][ea] = b * 2 + eb;
      next[b][eb] = a * 2 + ea;
      parent[DisjointSets.root(parent, a)] = DisjointSets.root(parent, b);
    }
    return next;
  }
}
