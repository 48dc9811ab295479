package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Additions: a drive's detections (painted classes, confident enough, matching no prior element's
 * piece) with a run of at least {@code addedMinLength} metres farther than {@code match} from every
 * prior element of any class (a stop line found on a crosswalk's edge is not new).
 */
final class AddedFinder {

  /**
   * The classes an addition can be of. Road edges are left out: the reconstruction finds curbs of
   * driveways, parked cars and sidewalk edges the map never has, and a road that got wider shows as
   * a moved edge.
   */
  static final Set<MapClass> PAINTED =
      Set.of(MapClass.DIVIDER, MapClass.PED_CROSSING, MapClass.STOP_LINE);

  private final ChangeConfig cfg;

  AddedFinder(ChangeConfig cfg) {
    this.cfg = cfg;
  }

  List<ChangeVerdict> find(List<Primitive> prior, DriveEvidence drive, Set<Primitive> matched) {
    List<ChangeVerdict> out = new ArrayList<>();
    for (Primitive d : drive.detections()) {
      if (!PAINTED.contains(d.mapClass())
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
        if (!p.geometry().bounds().intersects(near)) {
          continue;
        }
        for (int i = 0; i < n; i++) {
          dist[i] = Math.min(dist[i], distance(p.geometry(), p.closed(), xy[2 * i], xy[2 * i + 1]));
        }
      }
      int best = 0, bestEnd = 0, run = 0, away = 0;
      for (int i = 0; i < n; i++) {
        boolean far = dist[i] > cfg.match();
        away += far ? 1 : 0;
        run = far ? run + 1 : 0;
        if (run > best) {
          best = run;
          bestEnd = i + 1;
        }
      }
      if (best < 2) {
        continue;
      }
      Polyline piece = polyline(xy, bestEnd - best, bestEnd);
      if (Polylines.length2d(piece, false) < cfg.addedMinLength()) {
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
              piece));
    }
    return out;
  }

  /** Samples {@code from} to {@code to} (exclusive) as a polyline. */
  private static Polyline polyline(double[] xy, int from, int to) {
    double[] xyz = new double[3 * (to - from)];
    for (int i = from; i < to; i++) {
      xyz[3 * (i - from)] = xy[2 * i];
      xyz[3 * (i - from) + 1] = xy[2 * i + 1];
    }
    return Polyline.of(xyz);
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
