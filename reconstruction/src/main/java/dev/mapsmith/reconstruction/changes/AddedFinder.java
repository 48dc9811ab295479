package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Additions: a drive's detections (of the scored classes, confident enough, matching no prior
 * element's piece) with a run of at least {@code addedMinLength} metres farther than {@code match}
 * from every prior element of their class.
 */
final class AddedFinder {

  private final ChangeConfig cfg;

  AddedFinder(ChangeConfig cfg) {
    this.cfg = cfg;
  }

  List<ChangeVerdict> find(List<Primitive> prior, DriveEvidence drive, Set<Primitive> matched) {
    List<ChangeVerdict> out = new ArrayList<>();
    for (Primitive d : drive.detections()) {
      if (!Evaluation.SCORED_CLASSES.contains(d.mapClass())
          || matched.contains(d)
          || d.confidence() < cfg.addedMinConfidence()) {
        continue;
      }
      double[] xy = Samples.along(d.geometry(), d.closed(), cfg.sampleStep());
      int n = xy.length / 2;
      double[] dist = new double[n];
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
      Bounds2 near = d.geometry().bounds().expand(cfg.match());
      for (Primitive p : prior) {
        if (p.mapClass() != d.mapClass() || !p.geometry().bounds().intersects(near)) {
          continue;
        }
        for (int i = 0; i < n; i++) {
          dist[i] = Math.min(dist[i], distance(p.geometry(), p.closed(), xy[2 * i], xy[2 * i + 1]));
        }
      }
      int best = 0, run = 0, away = 0;
      for (int i = 0; i < n; i++) {
        boolean far = dist[i] > cfg.match();
        away += far ? 1 : 0;
        run = far ? run + 1 : 0;
        best = Math.max(best, run);
      }
      double runLength =
          Math.max(0, best - 1) * Polylines.length2d(d.geometry(), d.closed()) / Math.max(1, n - 1);
      if (runLength < cfg.addedMinLength()) {
        continue;
      }
      double share = (double) away / n;
      out.add(
          new ChangeVerdict(
              0,
              d.mapClass(),
              Verdict.ADDED,
              d.confidence() * share,
              Double.NaN,
              List.of(),
              new Evidence(1, Double.NaN, Double.NaN, share),
              List.of(drive.driveId()),
              null,
              d.geometry()));
    }
    return out;
  }

  private static double distance(Polyline g, boolean closed, double x, double y) {
    double d = Polylines.distanceTo2d(g, x, y);
    if (closed && g.size() > 2) {
      Polyline closing = Polyline.of(g.x(g.size() - 1), g.y(g.size() - 1), 0, g.x(0), g.y(0), 0);
      d = Math.min(d, Polylines.distanceTo2d(closing, x, y));
    }
    return d;
  }
}
