package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prepares ground truth for scoring (FORMATS.md: "deduplicate shared boundaries and merge segments
 * that continue each other"): per open-line class, drops lines whose geometry repeats another's (in
 * either direction) and joins lines at an end point that exactly two line ends share, as shapely's
 * {@code linemerge} does. Map formats split one painted line at every lanelet; unmerged, one line
 * would count as many short instances. Ends are compared to the centimetre.
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
      List<Point3> pts = points(p);
      List<Point3> rev = new ArrayList<>(pts);
      Collections.reverse(rev);
      String f = key(pts), r = key(rev);
      if (seen.add(f.compareTo(r) <= 0 ? f : r)) {
        out.add(p);
      }
    }
    return out;
  }

  private static List<Primitive> merge(List<Primitive> lines) {
    Map<String, List<Integer>> atEnd = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      List<Point3> p = points(lines.get(i));
      atEnd.computeIfAbsent(vkey(p.get(0)), x -> new ArrayList<>()).add(i);
      atEnd.computeIfAbsent(vkey(p.get(p.size() - 1)), x -> new ArrayList<>()).add(i);
    }
    boolean[] used = new boolean[lines.size()];
    List<Primitive> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (used[i]) {
        continue;
      }
      used[i] = true;
      List<Point3> chain = new ArrayList<>(points(lines.get(i)));
      for (int pass = 0; pass < 2; pass++) {
        while (true) {
          Point3 end = chain.get(chain.size() - 1);
          if (vkey(end).equals(vkey(chain.get(0)))) {
            break; // a closed loop
          }
          List<Integer> there = atEnd.get(vkey(end));
          if (there.size() != 2) {
            break;
          }
          int j = there.get(0) == i || used[there.get(0)] ? there.get(1) : there.get(0);
          if (used[j]) {
            break;
          }
          used[j] = true;
          List<Point3> next = new ArrayList<>(points(lines.get(j)));
          if (!vkey(next.get(0)).equals(vkey(end))) {
            Collections.reverse(next);
          }
          chain.addAll(next.subList(1, next.size()));
        }
        Collections.reverse(chain);
      }
      out.add(lines.get(i).withGeometry(dev.mapsmith.core.geom.Polyline.of(chain)));
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
