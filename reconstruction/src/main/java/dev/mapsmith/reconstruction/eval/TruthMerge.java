package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.geom.EndJoin;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prepares ground truth for scoring (FORMATS.md: "deduplicate shared boundaries and merge segments
 * that continue each other"): per open-line class, drops lines whose geometry repeats another's (in
 * either direction) and joins lines at an end point that exactly two line ends share, as shapely's
 * {@code linemerge} does ({@link EndJoin}). Map formats split one painted line at every lanelet;
 * unmerged, one line would count as many short instances. Ends are compared to the centimetre.
 */
final class TruthMerge {

  private TruthMerge() {}

  static List<Primitive> apply(List<Primitive> truth) {
    List<Primitive> out = new ArrayList<>();
    Map<MapClass, List<Primitive>> open = new HashMap<>();
    for (Primitive p : truth) {
      if (p.mapClass().closed() || p.geometry().size() < 2) {
        out.add(p);
      } else {
        open.computeIfAbsent(p.mapClass(), c -> new ArrayList<>()).add(p);
      }
    }
    for (MapClass c : MapClass.values()) {
      if (open.containsKey(c)) {
        out.addAll(merge(dedupe(open.get(c))));
      }
    }
    return out;
  }

  private static List<Primitive> dedupe(List<Primitive> lines) {
    Set<String> seen = new HashSet<>();
    List<Primitive> out = new ArrayList<>();
    for (Primitive p : lines) {
      if (seen.add(EndJoin.shapeKey(points(p)))) {
        out.add(p);
      }
    }
    return out;
  }

  private static List<Primitive> merge(List<Primitive> lines) {
    List<List<Point3>> points = lines.stream().map(TruthMerge::points).toList();
    List<Primitive> out = new ArrayList<>();
    for (EndJoin.Chain c : EndJoin.chains(points, (a, b) -> true)) {
      out.add(lines.get(c.seed()).withGeometry(Polyline.of(c.points())));
    }
    return out;
  }

  private static List<Point3> points(Primitive p) {
    List<Point3> out = new ArrayList<>(p.geometry().size());
    for (int i = 0; i < p.geometry().size(); i++) {
      out.add(p.geometry().point(i));
    }
    return out;
  }
}
