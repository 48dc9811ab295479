package dev.mapsmith.sampledrives.world.change;

import java.util.List;

/**
 * Whether the drive sees a place: an element is in sight when every point of it lies within {@code
 * seenM} of the driven path, out of sight when none lies within {@code unseenM} (beyond the
 * reconstruction's 30 m lidar range). Elements in between are not used for changes, so the truth of
 * "observed" is never borderline.
 */
record Sight(List<double[]> path, double seenM, double unseenM) {

  /** In sight within 15 m of the path, out of sight beyond 45 m. */
  static Sight along(List<double[]> path) {
    return new Sight(List.copyOf(path), 15, 45);
  }

  enum Verdict {
    SEEN,
    UNSEEN,
    BORDERLINE
  }

  Verdict of(List<double[]> element) {
    double nearest = Double.POSITIVE_INFINITY, farthest = 0;
    for (double[] p : Offsets.samples(element, 1.0)) {
      double d = Offsets.distance(p, path);
      nearest = Math.min(nearest, d);
      farthest = Math.max(farthest, d);
    }
    if (farthest <= seenM) {
      return Verdict.SEEN;
    }
    return nearest >= unseenM ? Verdict.UNSEEN : Verdict.BORDERLINE;
  }
}
