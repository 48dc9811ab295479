package dev.mapsmith.sampledrives.world;

import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lanelet graph of a map: lanelet B follows A when B's bounds start where A's end (within 0.5
 * m). Finds the longest simple route, or checks a route given by ids.
 */
public final class RouteGraph {

  private static final double JOIN = 0.5;
  private static final int MAX_EXPANSIONS = 200_000;

  private final Map<Long, LaneletShape> shapes = new LinkedHashMap<>();
  private final Map<Long, List<Long>> next = new LinkedHashMap<>();

  public RouteGraph(OsmDocument map) {
    for (OsmRelation r : MapPoints.lanelets(map)) {
      if (!r.tag("subtype").orElse("").equals("crosswalk")) {
        shapes.put(r.id(), LaneletShape.of(map, r));
      }
    }
    for (LaneletShape a : shapes.values()) {
      List<Long> succ = new ArrayList<>();
      for (LaneletShape b : shapes.values()) {
        if (a != b && follows(a, b)) {
          succ.add(b.id());
        }
      }
      next.put(a.id(), succ);
    }
  }

  public Map<Long, LaneletShape> shapes() {
    return shapes;
  }

  private static boolean follows(LaneletShape a, LaneletShape b) {
    double[] al = a.left().get(a.left().size() - 1), ar = a.right().get(a.right().size() - 1);
    return LaneletShape.dist(al, b.left().get(0)) < JOIN
        && LaneletShape.dist(ar, b.right().get(0)) < JOIN;
  }

  /** Checks that each id is a drivable lanelet and follows the one before it. */
  public List<Long> check(List<Long> ids) {
    List<String> faults = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!shapes.containsKey(ids.get(i))) {
        faults.add(ids.get(i) + " is not a drivable lanelet of the map");
      } else if (i > 0
          && shapes.containsKey(ids.get(i - 1))
          && !next.get(ids.get(i - 1)).contains(ids.get(i))) {
        faults.add(ids.get(i) + " does not follow " + ids.get(i - 1));
      }
    }
    if (!faults.isEmpty()) {
      throw new IllegalArgumentException("bad route: " + String.join("; ", faults));
    }
    return List.copyOf(ids);
  }

  /** The longest simple route by length (search capped, ties by lowest ids). */
  public List<Long> longest() {
    if (shapes.isEmpty()) {
      throw new IllegalArgumentException("the map has no drivable lanelets");
    }
    List<Long> best = new ArrayList<>();
    double[] bestLen = {-1};
    int[] budget = {MAX_EXPANSIONS};
    for (long start : shapes.keySet()) {
      List<Long> path = new ArrayList<>(List.of(start));
      search(path, shapes.get(start).length(), best, bestLen, budget);
    }
    return best;
  }

  private void search(
      List<Long> path, double len, List<Long> best, double[] bestLen, int[] budget) {
    if (len > bestLen[0]) {
      bestLen[0] = len;
      best.clear();
      best.addAll(path);
    }
    if (--budget[0] <= 0) {
      return;
    }
    for (long n : next.get(path.get(path.size() - 1))) {
      if (!path.contains(n)) {
        path.add(n);
        search(path, len + shapes.get(n).length(), best, bestLen, budget);
        path.remove(path.size() - 1);
      }
    }
  }

  /**
   * A route drawn at random: the longest of {@code tries} random walks (a random start lanelet,
   * then random successors until a dead end or a lanelet already on the walk). Another traversal of
   * the same world takes another lane or another way through it.
   */
  public List<Long> randomWalk(java.util.SplittableRandom rng, int tries) {
    if (shapes.isEmpty()) {
      throw new IllegalArgumentException("the map has no drivable lanelets");
    }
    List<Long> ids = new ArrayList<>(shapes.keySet());
    List<Long> best = List.of();
    double bestLen = -1;
    for (int t = 0; t < tries; t++) {
      List<Long> walk = new ArrayList<>(List.of(ids.get(rng.nextInt(ids.size()))));
      double len = shapes.get(walk.get(0)).length();
      while (true) {
        List<Long> succ = new ArrayList<>(next.get(walk.get(walk.size() - 1)));
        succ.removeAll(walk);
        if (succ.isEmpty()) {
          break;
        }
        long n = succ.get(rng.nextInt(succ.size()));
        walk.add(n);
        len += shapes.get(n).length();
      }
      if (len > bestLen) {
        bestLen = len;
        best = walk;
      }
    }
    return List.copyOf(best);
  }

  /** The route's centreline as {x, y} points, joints merged. */
  public List<double[]> centreline(List<Long> route) {
    List<double[]> pts = new ArrayList<>();
    for (long id : route) {
      for (double[] p : shapes.get(id).centre()) {
        if (pts.isEmpty() || LaneletShape.dist(pts.get(pts.size() - 1), p) > 0.05) {
          pts.add(p);
        }
      }
    }
    return pts;
  }
}
