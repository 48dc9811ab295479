package dev.mapsmith.reconstruction.lanegraph;

/**
 * A stretch of cuts {@code from..to} (inclusive) with the same lanes: {@code right} lanes right of
 * the driven one, {@code left} to its left.
 */
record Segment(int from, int to, int right, int left) {

  /**
   * The runs of cuts with the same lanes and the same paint on their lines; a change of paint
   * shorter than {@code minRun} cuts does not start a run. Cuts without a lane are in none.
   */
  static java.util.List<Segment> runs(java.util.List<CutLanes> cuts, int minRun) {
    java.util.List<Segment> out = new java.util.ArrayList<>();
    for (Segment s : runs(cuts)) {
      Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean sameLanes =
          last != null && last.to + 1 == s.from && last.right == s.right && last.left == s.left;
      if (sameLanes && (s.to - s.from + 1 < minRun || last.to - last.from + 1 < minRun)) {
        out.set(out.size() - 1, new Segment(last.from, s.to, s.right, s.left));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static java.util.List<Segment> runs(java.util.List<CutLanes> cuts) {
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
          && cuts.get(j + 1).left() == c.left()
          && cuts.get(j + 1).style().equals(c.style())) {
        j++;
      }
      out.add(new Segment(i, j, c.right(), c.left()));
      i = j + 1;
    }
    return out;
  }
}
