package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.geom.Point3;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The outline of the union of drivable-area polygons: each outer ring and each hole as a closed
 * line (the first vertex repeated at the end). Heights of vertices the union creates are taken from
 * the nearest input vertex.
 */
final class DrivableOutline {

  private static final GeometryFactory GF = new GeometryFactory();

  private DrivableOutline() {}

  static List<List<Point3>> of(List<List<Point3>> areas, List<String> problems) {
    List<Geometry> polys = new ArrayList<>();
    List<Point3> all = new ArrayList<>();
    for (List<Point3> a : areas) {
      if (a.size() < 3) {
        problems.add("a drivable area with fewer than 3 vertices was left out");
        continue;
      }
      Coordinate[] c = new Coordinate[a.size() + 1];
      for (int i = 0; i < a.size(); i++) {
        c[i] = new Coordinate(a.get(i).x(), a.get(i).y(), a.get(i).z());
      }
      c[a.size()] = c[0];
      if (c[0].equals2D(c[a.size() - 1])) {
        c = java.util.Arrays.copyOf(c, a.size());
      }
      if (c.length < 4) {
        continue;
      }
      Geometry g = GF.createPolygon(c);
      polys.add(g.isValid() ? g : g.buffer(0));
      all.addAll(a);
    }
    if (polys.isEmpty()) {
      return List.of();
    }
    Geometry union = UnaryUnionOp.union(polys);
    List<List<Point3>> rings = new ArrayList<>();
    for (int i = 0; i < union.getNumGeometries(); i++) {
      if (union.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        rings.add(ring(p.getExteriorRing(), all));
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          rings.add(ring(p.getInteriorRingN(h), all));
        }
      }
    }
    return rings;
  }

  private static List<Point3> ring(LineString r, List<Point3> inputs) {
    List<Point3> out = new ArrayList<>();
    for (Coordinate c : r.getCoordinates()) {
      double z = Double.isNaN(c.getZ()) ? nearestZ(c, inputs) : c.getZ();
      out.add(new Point3(c.x, c.y, z));
    }
    return out;
  }

  private static double nearestZ(Coordinate c, List<Point3> inputs) {
    double best = Double.POSITIVE_INFINITY, z = 0;
    for (Point3 p : inputs) {
      double d = Math.hypot(p.x() - c.x, p.y() - c.y);
      if (d < best) {
        best = d;
        z = p.z();
      }
    }
    return z;
  }
}
