package dev.mapsmith.labeling.export.lanelet2;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RegulatoryElement;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.drivelog.map.Lanelet2Output;
import dev.mapsmith.drivelog.map.MapsmithTags;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmMember;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lane graph as a Lanelet2 OSM document that a planner can route on:
 *
 * <ul>
 *   <li>one way per line string (its id), shared by the lanelets on both sides; a way is stored in
 *       the direction of the lanelet it is the right bound of (Lanelet2 reads a lanelet's direction
 *       from its right bound and turns the left bound to match);
 *   <li>one node per place: vertices of different lines at the same place (to the millimetre) are
 *       one node, so successors share their end nodes; a node's id is derived from the first line
 *       that has it ({@link Lanelet2Writer#nodeId}), stable while the line is;
 *   <li>one {@code type=lanelet} relation per lanelet (its id, its attributes, Mapsmith's
 *       confidence and provenance tags), naming its regulatory elements (role {@code
 *       regulatory_element});
 *   <li>a stop line is a {@code regulatory_element} of subtype {@code road_marking} that {@code
 *       refers} to the {@code stop_line} way; a crosswalk one of subtype {@code crosswalk} with its
 *       {@code crosswalk_polygon}.
 * </ul>
 */
final class LaneGraphOsm {

  private LaneGraphOsm() {}

  static OsmDocument document(LaneGraph g, EnuProjection projection) {
    Set<Long> reversed = reversedLines(g);
    OsmDocument.Builder b = OsmDocument.builder();
    Map<String, Long> nodeAt = new HashMap<>();
    List<OsmWay> ways = new ArrayList<>();
    for (LineString l : g.lines()) {
      Polyline p = reversed.contains(l.id()) ? l.geometry().reversed() : l.geometry();
      List<Long> refs = new ArrayList<>(p.size());
      for (int i = 0; i < p.size(); i++) {
        String key =
            Math.round(p.x(i) * 1000)
                + ":"
                + Math.round(p.y(i) * 1000)
                + ":"
                + Math.round(p.z(i) * 1000);
        Long id = nodeAt.get(key);
        if (id == null) {
          id = Lanelet2Writer.nodeId(l.id(), i);
          nodeAt.put(key, id);
          b.add(
              Lanelet2Output.withLatLon(
                  OsmNode.local(id, p.x(i), p.y(i), p.z(i), Map.of()), projection));
        }
        if (refs.isEmpty() || !refs.get(refs.size() - 1).equals(id)) {
          refs.add(id);
        }
      }
      ways.add(new OsmWay(l.id(), refs, l.attributes().asMap()));
    }
    ways.forEach(b::add);
    Map<Long, List<Long>> rulesOf = new LinkedHashMap<>();
    for (RegulatoryElement r : g.regulations()) {
      r.lanelets().forEach(id -> rulesOf.computeIfAbsent(id, k -> new ArrayList<>()).add(r.id()));
    }
    for (Lanelet l : g.lanelets()) {
      b.add(lanelet(l, rulesOf.getOrDefault(l.id(), List.of())));
    }
    for (RegulatoryElement r : g.regulations()) {
      b.add(regulatory(r));
    }
    return b.build();
  }

  /** The lines some lanelet has as an inverted right bound: stored the other way round. */
  private static Set<Long> reversedLines(LaneGraph g) {
    Set<Long> out = new HashSet<>();
    for (Lanelet l : g.lanelets()) {
      if (l.right().inverted()) {
        out.add(l.right().lineId());
      }
    }
    return out;
  }

  private static OsmRelation lanelet(Lanelet l, List<Long> rules) {
    List<OsmMember> members = new ArrayList<>();
    members.add(new OsmMember("way", l.left().lineId(), "left"));
    members.add(new OsmMember("way", l.right().lineId(), "right"));
    rules.forEach(id -> members.add(new OsmMember("relation", id, "regulatory_element")));
    Map<String, String> tags = new LinkedHashMap<>(l.attributes().asMap());
    tags.put("type", "lanelet");
    tags.put(MapsmithTags.CONFIDENCE, Double.toString(l.confidence()));
    Provenance prov = l.provenance();
    tags.put(MapsmithTags.PROV_METHOD, prov.method());
    tags.put(MapsmithTags.PROV_VERSION, prov.version());
    tags.put(MapsmithTags.PROV_PARAMETERS, prov.parameters());
    tags.put(MapsmithTags.PROV_DRIVES, String.join("\n", prov.sourceDrives()));
    tags.put(MapsmithTags.PROV_USER, prov.user());
    tags.put(MapsmithTags.PROV_CREATED, prov.created().toString());
    return new OsmRelation(l.id(), members, tags);
  }

  private static OsmRelation regulatory(RegulatoryElement r) {
    boolean stop = r.kind() == RegulatoryElement.Kind.STOP_LINE;
    OsmMember ref = new OsmMember("way", r.refLine(), stop ? "refers" : "crosswalk_polygon");
    Map<String, String> tags =
        Map.of("type", "regulatory_element", "subtype", stop ? "road_marking" : "crosswalk");
    return new OsmRelation(r.id(), List.of(ref), tags);
  }
}
