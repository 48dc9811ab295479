package dev.mapsmith.core.geom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Joins lines that continue each other, as shapely's {@code linemerge} does: two lines join at an
 * end point that exactly two line ends share (a third end there makes it a junction, which stays
 * split). Map formats cut one painted line at every lanelet; joined, it is one instance again. End
 * points are compared to the centimetre.
 */
public final class EndJoin {

  /**
   * A joined line, running the way its seed (the first input line of the chain) runs, and the
   * indices of the input lines it is made of, in order along it.
   */
  public record Chain(List<Point3> points, List<Integer> members, int seed) {}

  private EndJoin() {}

  /**
   * The lines joined into chains. {@code joinable} is asked of the seed line and a candidate (by
   * index); a refusal ends the chain there. Every input line is in exactly one chain; a closed loop
   * stays one chain.
   */
  public static List<Chain> chains(
      List<List<Point3>> lines, BiPredicate<Integer, Integer> joinable) {
    Map<String, List<Integer>> atEnd = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      List<Point3> p = lines.get(i);
      atEnd.computeIfAbsent(vertexKey(p.get(0)), x -> new ArrayList<>()).add(i);
      atEnd.computeIfAbsent(vertexKey(p.get(p.size() - 1)), x -> new ArrayList<>()).add(i);
    }
    boolean[] used = new boolean[lines.size()];
    List<Chain> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!used[i]) {
        used[i] = true;
        out.add(grow(lines, i, atEnd, used, joinable));
      }
    }
    return out;
  }

  private static Chain grow(
      List<List<Point3>> lines,
      int seed,
      Map<String, List<Integer>> atEnd,
      boolean[] used,
      BiPredicate<Integer, Integer> joinable) {
    List<Point3> chain = new ArrayList<>(lines.get(seed));
    List<Integer> members = new ArrayList<>(List.of(seed));
    for (int pass = 0; pass < 2; pass++) {
      while (true) {
        Point3 end = chain.get(chain.size() - 1);
        List<Integer> there = atEnd.get(vertexKey(end));
        if (there.size() != 2 || vertexKey(end).equals(vertexKey(chain.get(0)))) {
          break; // a junction, a free end, or a closed loop
        }
        int j = there.get(0) == seed || used[there.get(0)] ? there.get(1) : there.get(0);
        if (used[j] || !joinable.test(seed, j)) {
          break;
        }
        used[j] = true;
        List<Point3> next = new ArrayList<>(lines.get(j));
        if (!vertexKey(next.get(0)).equals(vertexKey(end))) {
          Collections.reverse(next);
        }
        chain.addAll(next.subList(1, next.size()));
        members.add(j);
      }
      Collections.reverse(chain);
      Collections.reverse(members);
    }
    return new Chain(chain, members, seed);
  }

  /** A key that is equal for two lines with the same vertices, in either direction. */
  public static String shapeKey(List<Point3> points) {
    List<Point3> rev = new ArrayList<>(points);
    Collections.reverse(rev);
    String f = key(points), r = key(rev);
    return f.compareTo(r) <= 0 ? f : r;
  }

  private static String key(List<Point3> pts) {
    StringBuilder b = new StringBuilder();
    for (Point3 p : pts) {
      b.append(vertexKey(p)).append(';');
    }
    return b.toString();
  }

  private static String vertexKey(Point3 p) {
    return Math.round(p.x() * 100) + "," + Math.round(p.y() * 100);
  }
}
