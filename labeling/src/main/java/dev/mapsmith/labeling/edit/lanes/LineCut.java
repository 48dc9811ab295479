package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a point falls on a polyline (ground plane): the nearest point {@code at} on segment {@code
 * segment}, and how far along the line that is; {@link #head} and {@link #tail} are the two pieces
 * a cut there makes, both with {@code at} as their shared end.
 */
record LineCut(Polyline line, int segment, Point3 at, double along, double length) {

  static LineCut of(Polyline line, double x, double y) {
    double best = Double.MAX_VALUE, walked = 0, bestAlong = 0, total = 0;
    int bestSeg = 0;
    Point3 bestAt = line.point(0);
    for (int i = 0; i + 1 < line.size(); i++) {
      double ax = line.x(i), ay = line.y(i);
      double dx = line.x(i + 1) - ax, dy = line.y(i + 1) - ay;
      double len2 = dx * dx + dy * dy, seg = Math.sqrt(len2);
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      double px = ax + t * dx, py = ay + t * dy;
      double d = Math.hypot(x - px, y - py);
      if (d < best) {
        best = d;
        bestSeg = i;
        bestAlong = walked + t * seg;
        double pz = line.z(i) + t * (line.z(i + 1) - line.z(i));
        bestAt = new Point3(px, py, pz);
      }
      walked += seg;
    }
    total = walked;
    return new LineCut(line, bestSeg, bestAt, bestAlong, total);
  }

  /** The shorter distance from the cut to either end of the line, along it. */
  double fromEnds() {
    return Math.min(along, length - along);
  }

  Polyline head() {
    List<Point3> pts = new ArrayList<>();
    for (int i = 0; i <= segment; i++) {
      pts.add(line.point(i));
    }
    if (!pts.get(pts.size() - 1).equals(at)) {
      pts.add(at);
    }
    return Polyline.of(pts);
  }

  Polyline tail() {
    List<Point3> pts = new ArrayList<>();
    pts.add(at);
    for (int i = segment + 1; i < line.size(); i++) {
      if (!line.point(i).equals(at)) {
        pts.add(line.point(i));
      }
    }
    return Polyline.of(pts);
  }
}
