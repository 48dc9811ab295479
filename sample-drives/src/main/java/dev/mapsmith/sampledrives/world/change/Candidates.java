package dev.mapsmith.sampledrives.world.change;

import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmMember;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import dev.mapsmith.sampledrives.world.MapPoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The places in a map where a change of each type can go: painted lane lines that bound a lane,
 * crosswalk lanelets, stop lines, rightmost lanes (curb on the right) and road edges of lanes.
 */
final class Candidates {

  /** Lines shorter than this are not changed (a change should be worth finding), metres. */
  static final double MIN_LENGTH = 6.0;

  private static final Set<String> SINGLE = Set.of("solid", "dashed");
  private static final Set<String> EDGES = Set.of("curbstone", "road_border");

  /** A place: the element a change is about, the lanelet it bounds (0: none) and its geometry. */
  record Place(long element, long lanelet, List<double[]> geometry) {}

  private final OsmDocument map;

  Candidates(OsmDocument map) {
    this.map = map;
  }

  List<Place> of(ChangeType type) {
    return switch (type) {
      case LINE_REMOVED, LINE_ADDED, LINE_MOVED, LINE_PATTERN -> laneLines(false);
      case LINE_COLOR -> laneLines(true);
      case CROSSWALK_ADDED, CROSSWALK_REMOVED -> crosswalks();
      case STOP_LINE_ADDED, STOP_LINE_REMOVED -> stopLines();
      case LANE_ADDED -> rightmostLanes(false);
      case LANE_CLOSED -> rightmostLanes(true);
      case BOUNDARY_MOVED -> edges();
    };
  }

  private List<Place> laneLines(boolean colouredOnly) {
    List<Place> out = new ArrayList<>();
    for (OsmRelation l : roadLanelets()) {
      for (String role : List.of("left", "right")) {
        Optional<OsmWay> w = bound(l, role);
        if (w.isEmpty() || !isSingleLine(w.get())) {
          continue;
        }
        String colour = MapPoints.tag(w.get(), "color");
        if (colouredOnly && !colour.equals("white") && !colour.equals("yellow")) {
          continue;
        }
        addIfLong(out, w.get().id(), l.id());
      }
    }
    return distinct(out);
  }

  private List<Place> crosswalks() {
    List<Place> out = new ArrayList<>();
    for (OsmRelation r : MapPoints.lanelets(map)) {
      if (r.tag("subtype").orElse("").equals("crosswalk")) {
        List<double[]> ring = new ArrayList<>(points(bound(r, "left").orElseThrow()));
        ring.addAll(points(bound(r, "right").orElseThrow()));
        out.add(new Place(r.id(), r.id(), ring));
      }
    }
    return out;
  }

  private List<Place> stopLines() {
    List<Place> out = new ArrayList<>();
    for (OsmWay w : map.ways()) {
      if (MapPoints.tag(w, "type").equals("stop_line")) {
        out.add(new Place(w.id(), 0, points(w)));
      }
    }
    return out;
  }

  /**
   * Lanes with a curb or road border as right bound; for a lane to close, the left bound must also
   * be a white lane line (a lane beside it in the same direction takes the traffic).
   */
  private List<Place> rightmostLanes(boolean closable) {
    List<Place> out = new ArrayList<>();
    for (OsmRelation l : roadLanelets()) {
      Optional<OsmWay> right = bound(l, "right"), left = bound(l, "left");
      if (right.isEmpty()
          || left.isEmpty()
          || !EDGES.contains(MapPoints.tag(right.get(), "type"))) {
        continue;
      }
      if (closable) {
        if (isSingleLine(left.get()) && MapPoints.tag(left.get(), "color").equals("white")) {
          addIfLong(out, left.get().id(), l.id());
        }
      } else {
        addIfLong(out, right.get().id(), l.id());
      }
    }
    return out;
  }

  private List<Place> edges() {
    List<Place> out = new ArrayList<>();
    for (OsmRelation l : roadLanelets()) {
      for (String role : List.of("left", "right")) {
        Optional<OsmWay> w = bound(l, role);
        if (w.isPresent() && EDGES.contains(MapPoints.tag(w.get(), "type"))) {
          addIfLong(out, w.get().id(), l.id());
        }
      }
    }
    return distinct(out);
  }

  private void addIfLong(List<Place> out, long wayId, long lanelet) {
    List<double[]> pts = points(map.way(wayId).orElseThrow());
    if (Offsets.length(pts) >= MIN_LENGTH) {
      out.add(new Place(wayId, lanelet, pts));
    }
  }

  private static List<Place> distinct(List<Place> places) {
    List<Place> out = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (Place p : places) {
      if (seen.add(p.element())) {
        out.add(p);
      }
    }
    return out;
  }

  private List<OsmRelation> roadLanelets() {
    return MapPoints.lanelets(map).stream()
        .filter(r -> !r.tag("subtype").orElse("").equals("crosswalk"))
        .toList();
  }

  private static boolean isSingleLine(OsmWay w) {
    return MapPoints.tag(w, "type").equals("line_thin")
        && SINGLE.contains(MapPoints.tag(w, "subtype"));
  }

  Optional<OsmWay> bound(OsmRelation lanelet, String role) {
    return lanelet.withRole(role).stream()
        .filter(m -> m.type().equals("way"))
        .map(OsmMember::ref)
        .findFirst()
        .flatMap(map::way);
  }

  List<double[]> points(OsmWay w) {
    return MapPoints.points(map, w);
  }
}
