package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines a cut across the road meets ({@link #hits}): dividers and road edges that run along the
 * road (within {@link LaneGraphConfig#parallelDeg()}), sorted right to left, hits closer than
 * {@link LaneGraphConfig#sameLine()} merged (a road edge wins over paint).
 */
final class CrossSectionScan {

  private final List<Primitive> lines;
  private final LaneGraphConfig cfg;
  private final double minCos;

  CrossSectionScan(List<Primitive> primitives, LaneGraphConfig cfg) {
    this.lines =
        primitives.stream()
            .filter(p -> p.mapClass() == MapClass.DIVIDER || p.mapClass() == MapClass.BOUNDARY)
            .toList();
    this.cfg = cfg;
    this.minCos = Math.cos(Math.toRadians(cfg.parallelDeg()));
  }

  List<Hit> hits(Station s) {
    Point3 a = s.across(-cfg.reach()), b = s.across(cfg.reach());
    Bounds2 box =
        new Bounds2(
            Math.min(a.x(), b.x()),
            Math.min(a.y(), b.y()),
            Math.max(a.x(), b.x()),
            Math.max(a.y(), b.y()));
    List<Hit> hits = new ArrayList<>();
    for (Primitive p : lines) {
      Polyline g = p.geometry();
      if (!g.bounds().intersects(box)) {
        continue;
      }
      for (int i = 0; i + 1 < g.size(); i++) {
        hit(s, p, i, a, b).ifPresent(hits::add);
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::offset));
    return merged(hits);
  }

  private java.util.Optional<Hit> hit(Station s, Primitive p, int i, Point3 a, Point3 b) {
    Polyline g = p.geometry();
    double ex = g.x(i + 1) - g.x(i), ey = g.y(i + 1) - g.y(i), el = Math.hypot(ex, ey);
    if (el < 1e-9 || Math.abs((ex * s.hx() + ey * s.hy()) / el) < minCos) {
      return java.util.Optional.empty();
    }
    double rx = b.x() - a.x(), ry = b.y() - a.y();
    double denom = rx * ey - ry * ex;
    if (Math.abs(denom) < 1e-12) {
      return java.util.Optional.empty();
    }
    double qx = g.x(i) - a.x(), qy = g.y(i) - a.y();
    double t = (qx * ey - qy * ex) / denom; // along the cut, 0..1
    double u = (qx * ry - qy * rx) / denom; // along the segment, 0..1
    if (t < 0 || t > 1 || u < 0 || u > 1) {
      return java.util.Optional.empty();
    }
    double z = g.z(i) + u * (g.z(i + 1) - g.z(i));
    Point3 at = new Point3(a.x() + t * rx, a.y() + t * ry, z);
    return java.util.Optional.of(new Hit((t * 2 - 1) * cfg.reach(), at, p));
  }

  private List<Hit> merged(List<Hit> sorted) {
    List<Hit> out = new ArrayList<>();
    for (Hit h : sorted) {
      if (!out.isEmpty() && h.offset() - out.get(out.size() - 1).offset() < cfg.sameLine()) {
        Hit prev = out.get(out.size() - 1);
        if (h.line().mapClass() == MapClass.BOUNDARY
            && prev.line().mapClass() != MapClass.BOUNDARY) {
          out.set(out.size() - 1, h);
        }
        continue;
      }
      out.add(h);
    }
    return out;
  }
}
