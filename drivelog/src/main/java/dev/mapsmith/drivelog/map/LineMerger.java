package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.geom.EndJoin;
import dev.mapsmith.core.geom.Point3;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Deduplicates lines that share their geometry (in either direction) and merges lines that continue
 * each other: two lines with the same label join at an end point that no third line touches ({@link
 * EndJoin}). Coordinates are compared to the centimetre.
 */
final class LineMerger {

  /** A line with a label (such as the mark type) and the ids of the sources it came from. */
  record Line(List<Point3> points, String label, TreeSet<Long> sources) {}

  private final Map<String, Line> byShape = new LinkedHashMap<>();

  /** Adds a line, or adds {@code source} to the identical line already there. */
  void add(List<Point3> points, String label, long source) {
    if (points.size() < 2) {
      return;
    }
    byShape
        .computeIfAbsent(
            label + "|" + EndJoin.shapeKey(points),
            x -> new Line(new ArrayList<>(points), label, new TreeSet<>()))
        .sources()
        .add(source);
  }

  int distinctCount() {
    return byShape.size();
  }

  /** The deduplicated lines, joined where they continue each other with the same label. */
  List<Line> merged() {
    List<Line> lines = new ArrayList<>(byShape.values());
    List<List<Point3>> points = lines.stream().map(Line::points).toList();
    List<Line> out = new ArrayList<>();
    for (EndJoin.Chain c :
        EndJoin.chains(points, (a, b) -> lines.get(a).label().equals(lines.get(b).label()))) {
      TreeSet<Long> sources = new TreeSet<>();
      c.members().forEach(i -> sources.addAll(lines.get(i).sources()));
      out.add(new Line(c.points(), lines.get(c.seed()).label(), sources));
    }
    return out;
  }
}
