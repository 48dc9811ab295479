package dev.mapsmith.sampledrives.world.change;

import java.util.List;

/**
 * Whether the drive sees a place: an element is in sight when at least {@code seenShare} of it lies
 * within {@code seenM} of the driven path (a long line changes as a whole, and the drive sees the
 * part it passes), out of sight when none of it lies within {@code unseenM} (beyond the
 * reconstruction's 30 m lidar range). Elements in between are not used for changes, so the truth of
 * "observed" is never borderline.
 */
record Sight(List<double[]> path, double seenM, double seenShare, double unseenM) {

  /** In sight: 40 % within 15 m of the path; out of sight: nothing within 45 m. */
  static Sight along(List<double[]> path) {
    return new Sight(List.copyOf(path), 15, 0.4, 45);
  }

  enum Verdict {
    SEEN,
    UNSEEN,
    BORDERLINE
  }

  Verdict of(List<double[]> element) {
    double nearest = Double.POSITIVE_INFINITY;
    int near = 0, n = 0;
    for (double[] p : Offsets.samples(element, 1.0)) {
      double d = Offsets.distance(p, path);
      nearest = Math.min(nearest, d);
      near += d <= seenM ? 1 : 0;
      n++;
    }
    if (near >= seenShare * n) {
      return Verdict.SEEN;
    }
    return nearest >= unseenM ? Verdict.UNSEEN : Verdict.BORDERLINE;
  }
}
