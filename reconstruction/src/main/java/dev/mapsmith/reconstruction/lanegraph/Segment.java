package dev.mapsmith.reconstruction.lanegraph;

/**
 * A stretch of cuts {@code from..to} (inclusive) with the same lanes: {@code right} lanes right of
 * the driven one, {@code left} to its left.
 */
record Segment(int from, int to, int right, int left) {

  /** The runs of cuts with the same lanes; cuts without a lane are in none. */
  static java.util.List<Segment> runs(java.util.List<CutLanes> cuts) {
    java.util.List<Segment> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < cuts.size()) {
      CutLanes c = cuts.get(i);
      if (c == null) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < cuts.size()
          && cuts.get(j + 1) != null
          && cuts.get(j + 1).right() == c.right()
          && cuts.get(j + 1).left() == c.left()) {
        j++;
      }
      out.add(new Segment(i, j, c.right(), c.left()));
      i = j + 1;
    }
    return out;
  }
}
