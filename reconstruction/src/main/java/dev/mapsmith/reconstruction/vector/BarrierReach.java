package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.List;

/**
 * A centre line runs up to the stop line that starts at it. A stop line spans from the centre line
 * to the kerb; a dashed centre line's first dash often merges with the stop line's paint (and is
 * taken for part of it), so the fitted line stops a gap or more short. This extends each end
 * straight ahead to a stop line it meets within reach, steeply (at least 45°) and at one of the
 * stop line's ends ({@link #END_TOLERANCE}). A lane line that meets a stop line in its middle (a
 * divider between lanes of the same direction) is left as it is: such lines often end before it.
 */
public final class BarrierReach {

  private static final double MIN_SIN = Math.sin(Math.toRadians(45));

  /** Length (m) of the end piece whose direction is followed. */
  private static final double END_PIECE = 2.0;

  /** How close (m) to a stop line's end the line must meet it. */
  static final double END_TOLERANCE = 0.75;

  private BarrierReach() {}

  /** {@code line} with each end extended to a stop line end within {@code reach} m ahead. */
  public static Polyline extend(Polyline line, List<Polyline> stopLines, double reach) {
    if (line.size() < 2 || stopLines.isEmpty()) {
      return line;
    }
    List<Point3> pts = new ArrayList<>();
    for (int i = 0; i < line.size(); i++) {
      pts.add(line.point(i));
    }
    Point3 head = hit(pts, stopLines, reach);
    List<Point3> reversed = new ArrayList<>(pts);
    java.util.Collections.reverse(reversed);
    Point3 tail = hit(reversed, stopLines, reach);
    if (head == null && tail == null) {
      return line;
    }
    List<Point3> out = new ArrayList<>();
    if (tail != null) {
      out.add(tail);
    }
    out.addAll(pts);
    if (head != null) {
      out.add(head);
    }
    return Polyline.of(out);
  }

  /** Where the ray from the last point of {@code pts}, along its end piece, meets a barrier. */
  private static Point3 hit(List<Point3> pts, List<Polyline> barriers, double reach) {
    Point3 end = pts.get(pts.size() - 1);
    Point3 back = pts.get(0);
    for (int i = pts.size() - 2; i >= 0; i--) {
      back = pts.get(i);
      if (Math.hypot(end.x() - back.x(), end.y() - back.y()) >= END_PIECE) {
        break;
      }
    }
    double dx = end.x() - back.x(), dy = end.y() - back.y(), dl = Math.hypot(dx, dy);
    if (dl < 0.5) {
      return null;
    }
    double ux = dx / dl, uy = dy / dl, best = Double.POSITIVE_INFINITY;
    for (Polyline b : barriers) {
      for (int j = 0; j + 1 < b.size(); j++) {
        double sx = b.x(j + 1) - b.x(j), sy = b.y(j + 1) - b.y(j), sl = Math.hypot(sx, sy);
        double cross = ux * sy - uy * sx;
        if (sl <= 0 || Math.abs(cross) / sl < MIN_SIN) {
          continue;
        }
        double qx = b.x(j) - end.x(), qy = b.y(j) - end.y();
        double t = (qx * sy - qy * sx) / cross; // along the ray
        double s = (qx * uy - qy * ux) / cross; // along the segment, 0..1
        if (t > 0.3 && t <= reach && s >= 0 && s <= 1 && t < best) {
          double hx = end.x() + t * ux, hy = end.y() + t * uy;
          int last = b.size() - 1;
          if (Math.hypot(hx - b.x(0), hy - b.y(0)) <= END_TOLERANCE
              || Math.hypot(hx - b.x(last), hy - b.y(last)) <= END_TOLERANCE) {
            best = t;
          }
        }
      }
    }
    return best == Double.POSITIVE_INFINITY
        ? null
        : new Point3(end.x() + best * ux, end.y() + best * uy, end.z());
  }
}
