package dev.mapsmith.sampledrives.world.change;

import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import dev.mapsmith.sampledrives.world.change.Candidates.Place;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Places seeded changes in a truth map. Types are taken in a seeded order, cycling; each change
 * goes to a random free place of its type that the drive sees (40 % of it within 15 m of the driven
 * path) or, for the requested share, one it does not see (nothing within 45 m), falling back to the
 * other kind when none is left. An element is changed at most once. An addition is made by taking
 * the element out of the prior; everything else edits the after-map.
 */
public final class ChangePlanner {

  private static final Map<String, String> VIRTUAL = Map.of("type", "virtual");

  private final OsmDocument map;
  private final Candidates candidates;
  private final Sight sight;
  private final Random rng;
  private final MapEditor prior;
  private final MapEditor after;
  private final Set<Long> used = new HashSet<>();

  private ChangePlanner(OsmDocument map, List<double[]> drivenPath, long seed) {
    this.map = map;
    this.candidates = new Candidates(map);
    this.sight = Sight.along(drivenPath);
    this.rng = new Random(seed);
    long free = MapEditor.firstFreeId(map);
    this.prior = new MapEditor(map, free);
    this.after = new MapEditor(map, free);
  }

  /**
   * Changes {@code map} as {@code request} asks, placed relative to {@code drivenPath} ({x, y}
   * points of the vehicle's path over the drive, in the map's local metres).
   */
  public static ChangedWorld apply(
      OsmDocument map, List<double[]> drivenPath, ChangeRequest request) {
    return new ChangePlanner(map, drivenPath, request.seed()).run(request);
  }

  private ChangedWorld run(ChangeRequest request) {
    List<ChangeType> order = new ArrayList<>(request.types());
    Collections.shuffle(order, rng);
    List<MapChange> changes = new ArrayList<>();
    Set<ChangeType> exhausted = new HashSet<>();
    List<String> notes = new ArrayList<>();
    int k = 0;
    while (changes.size() < request.count() && exhausted.size() < order.size()) {
      ChangeType type = order.get(k++ % order.size());
      if (exhausted.contains(type)) {
        continue;
      }
      int i = changes.size();
      boolean wantUnseen =
          Math.floor((i + 1) * request.unseenShare()) > Math.floor(i * request.unseenShare());
      Place place = pick(type, wantUnseen);
      if (place == null) {
        exhausted.add(type);
        notes.add("no place left for a " + type.key() + " change");
        continue;
      }
      boolean observed = sight.of(place.geometry()) == Sight.Verdict.SEEN;
      changes.add(make(i + 1, type, place, observed));
    }
    if (changes.size() < request.count()) {
      notes.add(changes.size() + " of " + request.count() + " changes could be placed");
    }
    return new ChangedWorld(prior.build(), after.build(), changes, notes);
  }

  private Place pick(ChangeType type, boolean wantUnseen) {
    List<Place> free = new ArrayList<>();
    for (Place p : candidates.of(type)) {
      if (!used.contains(p.element()) && (p.lanelet() == 0 || !used.contains(p.lanelet()))) {
        free.add(p);
      }
    }
    Collections.shuffle(free, rng);
    Sight.Verdict want = wantUnseen ? Sight.Verdict.UNSEEN : Sight.Verdict.SEEN;
    Sight.Verdict other = wantUnseen ? Sight.Verdict.SEEN : Sight.Verdict.UNSEEN;
    for (Sight.Verdict v : List.of(want, other)) {
      for (Place p : free) {
        if (sight.of(p.geometry()) == v) {
          used.add(p.element());
          if (p.lanelet() != 0) {
            used.add(p.lanelet());
          }
          return p;
        }
      }
    }
    return null;
  }

  private MapChange make(int id, ChangeType type, Place p, boolean observed) {
    long e = p.element();
    double[] at = Offsets.middle(p.geometry());
    double moved = Double.NaN;
    List<Long> elements = new ArrayList<>(List.of(e));
    String detail;
    switch (type) {
      case LINE_REMOVED -> {
        after.retag(e, VIRTUAL);
        detail = "lane line removed";
      }
      case LINE_ADDED -> {
        prior.retag(e, VIRTUAL);
        detail = "lane line added";
      }
      case STOP_LINE_REMOVED -> {
        after.retag(e, VIRTUAL);
        detail = "stop line removed";
      }
      case STOP_LINE_ADDED -> {
        prior.retag(e, VIRTUAL);
        detail = "stop line added";
      }
      case CROSSWALK_REMOVED -> {
        after.removeRelation(e);
        detail = "crosswalk removed";
      }
      case CROSSWALK_ADDED -> {
        prior.removeRelation(e);
        detail = "crosswalk added";
      }
      case LINE_MOVED -> {
        moved = 0.3 + 1.7 * rng.nextDouble();
        double signed = rng.nextBoolean() ? moved : -moved;
        after.reshape(e, Offsets.sideways(after.points(e), signed));
        detail = String.format(java.util.Locale.ROOT, "lane line moved %.2f m sideways", moved);
      }
      case BOUNDARY_MOVED -> {
        moved = 0.5 + 1.5 * rng.nextDouble();
        int inward = Offsets.sideOf(after.points(e), otherBound(p.lanelet(), e));
        after.reshape(e, Offsets.sideways(after.points(e), -inward * moved));
        elements.add(p.lanelet());
        detail = String.format(java.util.Locale.ROOT, "road boundary moved %.2f m out", moved);
      }
      case LINE_PATTERN -> {
        String was = after.way(e).tag("subtype").orElse("solid");
        String now = was.equals("dashed") ? "solid" : "dashed";
        after.retag(e, with(after.way(e), "subtype", now));
        detail = "lane line " + was + " -> " + now;
      }
      case LINE_COLOR -> {
        String was = after.way(e).tag("color").orElse("white");
        String now = was.equals("yellow") ? "white" : "yellow";
        after.retag(e, with(after.way(e), "color", now));
        detail = "lane line " + was + " -> " + now;
      }
      case LANE_ADDED -> {
        elements.clear();
        elements.addAll(addBikeLane(p.lanelet(), e));
        detail = "bike lane split off the rightmost lane";
      }
      case LANE_CLOSED -> {
        after.retag(e, Map.of("type", "road_border"));
        elements.add(p.lanelet());
        detail = "lane closed: its lane line is now a barrier";
      }
      default -> throw new IllegalStateException(type.key());
    }
    return new MapChange(id, type, elements, observed, at[0], at[1], moved, detail);
  }

  /** Splits a bike lane off the lane's curb side; returns the new line, the lane, the new lane. */
  private List<Long> addBikeLane(long lanelet, long curb) {
    List<double[]> edge = after.points(curb);
    List<double[]> other = otherBound(lanelet, curb);
    double laneWidth = Offsets.distance(Offsets.middle(edge), other);
    double width = Math.min(1.5, 0.4 * laneWidth);
    List<double[]> line = Offsets.sideways(edge, Offsets.sideOf(edge, other) * width);
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("type", "line_thin");
    tags.put("subtype", "solid");
    tags.put("color", "white");
    long b = after.addLine(line, tags);
    after.replaceMember(lanelet, "right", b);
    Map<String, String> lt = new LinkedHashMap<>();
    lt.put("type", "lanelet");
    lt.put("subtype", "bicycle_lane");
    lt.put("location", "urban");
    lt.put("one_way", "yes");
    long bike = after.addLanelet(b, curb, lt);
    return List.of(b, lanelet, bike);
  }

  private List<double[]> otherBound(long lanelet, long way) {
    OsmRelation r = map.relation(lanelet).orElseThrow();
    String otherRole = r.withRole("left").stream().anyMatch(m -> m.ref() == way) ? "right" : "left";
    return candidates.points(candidates.bound(r, otherRole).orElseThrow());
  }

  private static Map<String, String> with(OsmWay w, String key, String value) {
    Map<String, String> t = new LinkedHashMap<>(w.tags());
    t.put(key, value);
    return t;
  }
}
