package dev.mapsmith.reconstruction.lanegraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Smooths the lane counts of neighbouring cuts: each cut keeps at most the median count (right and
 * left apart) of the cuts around it, so one missing or extra line does not split the lanes. Cuts
 * without a lane stay so.
 */
final class Smoothing {

  private Smoothing() {}

  static void apply(List<CutLanes> cuts, int window) {
    int half = window / 2;
    List<CutLanes> out = new ArrayList<>(cuts.size());
    for (int i = 0; i < cuts.size(); i++) {
      CutLanes c = cuts.get(i);
      if (c == null) {
        out.add(null);
        continue;
      }
      int from = Math.max(0, i - half), to = Math.min(cuts.size() - 1, i + half);
      List<Integer> rights = new ArrayList<>(), lefts = new ArrayList<>();
      for (int k = from; k <= to; k++) {
        if (cuts.get(k) != null) {
          rights.add(cuts.get(k).right());
          lefts.add(cuts.get(k).left());
        }
      }
      out.add(c.limited(median(rights), median(lefts)));
    }
    for (int i = 0; i < cuts.size(); i++) {
      cuts.set(i, out.get(i));
    }
  }

  private static int median(List<Integer> v) {
    int[] a = v.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(a);
    return a[a.length / 2];
  }
}
