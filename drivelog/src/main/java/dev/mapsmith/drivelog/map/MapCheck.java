package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmReader;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A structural check of any Lanelet2 map, each finding naming the element by the file's own id:
 *
 * <ul>
 *   <li>{@code id_not_positive}, {@code duplicate_id}: ids are positive and unique per kind;
 *   <li>{@code unusable_element}: a node the reader cannot place;
 *   <li>{@code dangling_reference}: a way's node or a relation's member that is not in the file;
 *   <li>{@code missing_bound}: a lanelet without exactly one left and one right way;
 *   <li>{@code bound_direction_mismatch}: a lanelet's left and right bounds run opposite ways
 *       though its left bound bounds no other lanelet (a line shared by lanes of both directions
 *       has to run against one of them, and Lanelet2 turns it round; one of its own does not);
 *   <li>{@code left_of_right}: the left bound does not lie left of the right one (driving along the
 *       right bound);
 *   <li>{@code successor_not_shared}: a lanelet starts where another ends (both bounds within
 *       {@link RelationTolerances#join()}) without sharing its end nodes, which Lanelet2's routing
 *       needs to see the two as connected.
 * </ul>
 */
public final class MapCheck {

  /** What was checked and what was found. */
  public record Result(Path file, int nodes, int ways, int lanelets, List<MapFinding> findings) {
    public Result {
      findings = List.copyOf(findings);
    }
  }

  private final List<MapFinding> findings = new ArrayList<>();

  private MapCheck() {}

  /** Reads and checks {@code file}; malformed XML or a missing file is an error naming it. */
  public static Result check(Path file, RelationTolerances tol) throws DriveLogException {
    OsmDocument raw = OsmReader.read(file);
    MapCheck c = new MapCheck();
    c.ids(raw);
    c.structure(raw);
    OsmDocument usable = null;
    try {
      usable = Lanelet2File.of(raw, file, MapOrigins.resolve(file, null, raw)).map();
    } catch (DriveLogException e) {
      c.add("map", "nothing_usable", e.getMessage());
    }
    int lanelets = 0;
    if (usable != null) {
      List<Shape> shapes = c.shapes(usable);
      lanelets = shapes.size();
      c.successors(shapes, tol.join());
    }
    return new Result(file, raw.nodes().size(), raw.ways().size(), lanelets, c.findings);
  }

  private void add(String element, String rule, String message) {
    findings.add(new MapFinding(element, rule, message));
  }

  private void ids(OsmDocument raw) {
    for (String p : raw.problems()) {
      int colon = p.indexOf(':');
      String element = colon < 0 ? "map" : p.substring(0, colon).replaceAll(" \\(.*\\)$", "");
      String rule = p.endsWith(OsmDocument.Builder.DUPLICATE) ? "duplicate_id" : "unusable_element";
      add(element, rule, colon < 0 ? p : p.substring(colon + 1).trim());
    }
    raw.nodes().forEach(n -> positive("node", n.id()));
    raw.ways().forEach(w -> positive("way", w.id()));
    raw.relations().forEach(r -> positive(kind(r), r.id()));
  }

  private void positive(String kind, long id) {
    if (id <= 0) {
      add(kind + " " + id, "id_not_positive", "the id is not positive");
    }
  }

  private static String kind(OsmRelation r) {
    return isLanelet(r) ? "lanelet" : "relation";
  }

  private static boolean isLanelet(OsmRelation r) {
    return r.tag("type").orElse("").equals("lanelet");
  }

  private void structure(OsmDocument raw) {
    for (String d : raw.danglingReferences()) {
      int colon = d.indexOf(':');
      add(d.substring(0, colon), "dangling_reference", d.substring(colon + 1).trim());
    }
    for (OsmRelation r : raw.relations()) {
      if (!isLanelet(r)) {
        continue;
      }
      for (String role : List.of("left", "right")) {
        long ways = r.withRole(role).stream().filter(m -> m.type().equals("way")).count();
        if (ways != 1 || r.withRole(role).size() != 1) {
          add(
              "lanelet " + r.id(),
              "missing_bound",
              "has " + r.withRole(role).size() + " " + role + " member(s); needs exactly 1 way");
        }
      }
    }
  }

  /** A usable lanelet's bounds, the left turned to run the right's way, with end node ids. */
  private record Shape(long id, Polyline left, Polyline right, long[] leftEnds, long[] rightEnds) {}

  private List<Shape> shapes(OsmDocument doc) {
    java.util.Map<Long, Integer> uses = new java.util.HashMap<>();
    for (OsmRelation r : doc.relations()) {
      if (isLanelet(r)) {
        r.members().forEach(m -> uses.merge(m.ref(), m.type().equals("way") ? 1 : 0, Integer::sum));
      }
    }
    List<Shape> out = new ArrayList<>();
    for (OsmRelation r : doc.relations()) {
      if (!isLanelet(r)) {
        continue;
      }
      OsmWay lw = doc.way(r.withRole("left").get(0).ref()).orElseThrow();
      OsmWay rw = doc.way(r.withRole("right").get(0).ref()).orElseThrow();
      Polyline left = points(doc, lw), right = points(doc, rw);
      long[] le = ends(lw), re = ends(rw);
      String name = "lanelet " + r.id();
      if (!LaneletGeometry.runSameWay(left, right)) {
        if (uses.getOrDefault(lw.id(), 0) < 2) {
          add(
              name,
              "bound_direction_mismatch",
              "left bound way " + lw.id() + " runs against right bound way " + rw.id());
        }
        left = left.reversed();
        le = new long[] {le[1], le[0]};
      }
      boolean crosswalk = r.tag("subtype").orElse("").equals("crosswalk");
      if (!crosswalk && !LaneletGeometry.leftLiesLeft(left, right)) {
        add(
            name,
            "left_of_right",
            "left bound way " + lw.id() + " does not lie left of right bound way " + rw.id());
      }
      if (!crosswalk) {
        out.add(new Shape(r.id(), left, right, le, re));
      }
    }
    return out;
  }

  private static long[] ends(OsmWay w) {
    return new long[] {w.nodeRefs().get(0), w.nodeRefs().get(w.nodeRefs().size() - 1)};
  }

  private static Polyline points(OsmDocument doc, OsmWay w) {
    List<Point3> pts = new ArrayList<>(w.nodeRefs().size());
    for (long ref : w.nodeRefs()) {
      pts.add(doc.node(ref).flatMap(OsmNode::local).orElseThrow());
    }
    return Polyline.of(pts);
  }

  private void successors(List<Shape> shapes, double join) {
    for (Shape a : shapes) {
      for (Shape b : shapes) {
        if (a == b) {
          continue;
        }
        double gl = LaneletGeometry.dist(a.left, a.left.size() - 1, b.left, 0);
        double gr = LaneletGeometry.dist(a.right, a.right.size() - 1, b.right, 0);
        boolean shared = a.leftEnds[1] == b.leftEnds[0] && a.rightEnds[1] == b.rightEnds[0];
        if (gl < join && gr < join && !shared) {
          add(
              "lanelet " + a.id,
              "successor_not_shared",
              String.format(
                  java.util.Locale.ROOT,
                  "lanelet %d starts where it ends but shares not both end nodes"
                      + " (left gap %.3f m, right gap %.3f m)",
                  b.id,
                  gl,
                  gr));
        }
      }
    }
  }
}
