package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.geom.Point3;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Deduplicates lines that share their geometry (in either direction) and merges lines that continue
 * each other: two lines with the same label join at an end point that no third line touches.
 * Coordinates are compared to the centimetre.
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
    List<Point3> rev = new ArrayList<>(points);
    Collections.reverse(rev);
    String f = key(points), r = key(rev);
    String k = label + "|" + (f.compareTo(r) <= 0 ? f : r);
    byShape
        .computeIfAbsent(k, x -> new Line(new ArrayList<>(points), label, new TreeSet<>()))
        .sources()
        .add(source);
  }

  int distinctCount() {
    return byShape.size();
  }

  /** The deduplicated lines, joined where they continue each other. */
  List<Line> merged() {
    List<Line> lines = new ArrayList<>(byShape.values());
    Map<String, List<Integer>> atVertex = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      List<Point3> p = lines.get(i).points();
      atVertex.computeIfAbsent(vkey(p.get(0)), x -> new ArrayList<>()).add(i);
      atVertex.computeIfAbsent(vkey(p.get(p.size() - 1)), x -> new ArrayList<>()).add(i);
    }
    boolean[] used = new boolean[lines.size()];
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (used[i]) {
        continue;
      }
      used[i] = true;
      Line seed = lines.get(i);
      List<Point3> chain = new ArrayList<>(seed.points());
      TreeSet<Long> sources = new TreeSet<>(seed.sources());
      for (int pass = 0; pass < 2; pass++) {
        while (true) {
          Point3 end = chain.get(chain.size() - 1);
          List<Integer> there = atVertex.get(vkey(end));
          if (there.size() != 2 || vkey(end).equals(vkey(chain.get(0)))) {
            break;
          }
          int j = there.get(0) == i || used[there.get(0)] ? there.get(1) : there.get(0);
          if (used[j] || !lines.get(j).label().equals(seed.label())) {
            break;
          }
          used[j] = true;
          List<Point3> next = new ArrayList<>(lines.get(j).points());
          if (!vkey(next.get(0)).equals(vkey(end))) {
            Collections.reverse(next);
          }
          chain.addAll(next.subList(1, next.size()));
          sources.addAll(lines.get(j).sources());
        }
        Collections.reverse(chain);
      }
      out.add(new Line(chain, seed.label(), sources));
    }
    return out;
  }

  private static String key(List<Point3> pts) {
    StringBuilder b = new StringBuilder();
    for (Point3 p : pts) {
      b.append(vkey(p)).append(';');
    }
    return b.toString();
  }

  private static String vkey(Point3 p) {
    return Math.round(p.x() * 100) + "," + Math.round(p.y() * 100);
  }
}
