package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import java.util.List;

/**
 * How much of a lane line runs on top of a detected curb: the share of points (every ~0.5 m) that
 * lie within a distance of a curb segment running the same way (within 25°). Paint sits on the road
 * surface, not on a height step; a bright kerb rim or sidewalk edge that passed the paint test
 * shows up as a "lane line" that follows a curb.
 */
public final class CurbAlongside {

  private static final double MAX_ANGLE_COS = Math.cos(Math.toRadians(25));

  private CurbAlongside() {}

  /** Share in [0, 1] of {@code line}'s length within {@code maxDistance} m of a parallel curb. */
  public static double share(Polyline line, List<Polyline> curbs, double maxDistance) {
    double len = Polylines.length2d(line, false);
    if (len <= 0 || curbs.isEmpty() || line.size() < 2) {
      return 0;
    }
    int n = Math.max(2, (int) Math.ceil(len / 0.5) + 1);
    Polyline r = Polylines.resample(line, false, n);
    int along = 0;
    for (int i = 0; i < n; i++) {
      int a = Math.max(0, i - 1), b = Math.min(n - 1, i + 1);
      double dx = r.x(b) - r.x(a), dy = r.y(b) - r.y(a), dl = Math.hypot(dx, dy);
      if (dl <= 0) {
        continue;
      }
      if (nearParallelCurb(r.x(i), r.y(i), dx / dl, dy / dl, curbs, maxDistance)) {
        along++;
      }
    }
    return along / (double) n;
  }

  private static boolean nearParallelCurb(
      double px, double py, double ux, double uy, List<Polyline> curbs, double maxDistance) {
    for (Polyline c : curbs) {
      var b = c.bounds();
      if (px < b.minX() - maxDistance
          || px > b.maxX() + maxDistance
          || py < b.minY() - maxDistance
          || py > b.maxY() + maxDistance) {
        continue;
      }
      for (int j = 0; j + 1 < c.size(); j++) {
        if (Polylines.distanceToSegment2d(c, j, px, py) > maxDistance) {
          continue;
        }
        double sx = c.x(j + 1) - c.x(j), sy = c.y(j + 1) - c.y(j), sl = Math.hypot(sx, sy);
        if (sl > 0 && Math.abs((sx * ux + sy * uy) / sl) >= MAX_ANGLE_COS) {
          return true;
        }
      }
    }
    return false;
  }
}
