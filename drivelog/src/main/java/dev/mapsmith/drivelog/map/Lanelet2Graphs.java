package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelations;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RegulatoryElement;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmMember;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the lane graph of a Lanelet2 map ({@link Lanelet2File}: positions in local metres, broken
 * elements already left out):
 *
 * <ul>
 *   <li>every {@code type=lanelet} relation is a lanelet; its bounds are line strings with the
 *       ways' tags. The right bound gives the direction and the left bound is inverted when it runs
 *       the other way, as Lanelet2's loader does;
 *   <li>a {@code regulatory_element} of subtype {@code road_marking} referring to a {@code
 *       stop_line} way is a stop line, one of subtype {@code crosswalk} with a {@code
 *       crosswalk_polygon} (or {@code refers}) way is a crosswalk; each governs the lanelets that
 *       name it (role {@code regulatory_element});
 *   <li>successors, neighbours and conflicts are read from the shapes ({@link LaneRelations}).
 * </ul>
 *
 * Tags become attributes; Mapsmith's own {@code mapsmith:*} fields give confidence and provenance
 * back. Ids that are not positive (JOSM's negative ids) get fresh ids above the largest.
 */
public final class Lanelet2Graphs {

  private final OsmDocument doc;
  private final String file;
  private final Map<Long, LineString> lines = new LinkedHashMap<>();
  private final Map<Long, Long> lineOfWay = new LinkedHashMap<>();
  private long nextId;

  private Lanelet2Graphs(Lanelet2File source) {
    this.doc = source.map();
    this.file = source.file().toString();
    long max = 0;
    for (OsmWay w : doc.ways()) {
      max = Math.max(max, w.id());
    }
    for (OsmRelation r : doc.relations()) {
      max = Math.max(max, r.id());
    }
    nextId = max + 1;
  }

  public static LaneGraphRead read(Lanelet2File source, RelationTolerances tol) {
    return new Lanelet2Graphs(source).convert(source, tol);
  }

  private LaneGraphRead convert(Lanelet2File source, RelationTolerances tol) {
    Map<Long, Lanelet> lanelets = new LinkedHashMap<>();
    Map<Long, Long> idOf = new LinkedHashMap<>();
    for (OsmRelation r : doc.relations()) {
      if (r.tag("type").orElse("").equals("lanelet")) {
        Lanelet l = lanelet(r);
        lanelets.put(l.id(), l);
        idOf.put(r.id(), l.id());
      }
    }
    List<RegulatoryElement> rules = new ArrayList<>();
    for (OsmRelation r : doc.relations()) {
      if (r.tag("type").orElse("").equals("regulatory_element")) {
        regulatory(r, idOf).ifPresent(rules::add);
      }
    }
    LaneGraph g =
        new LaneGraph(source.frame(), lines.values(), lanelets.values(), List.of(), rules);
    return new LaneGraphRead(LaneRelations.derived(g, tol), source.problems());
  }

  private Lanelet lanelet(OsmRelation r) {
    OsmWay leftWay = doc.way(r.withRole("left").get(0).ref()).orElseThrow();
    OsmWay rightWay = doc.way(r.withRole("right").get(0).ref()).orElseThrow();
    LineString left = line(leftWay), right = line(rightWay);
    boolean invert = !LaneletGeometry.runSameWay(left.geometry(), right.geometry());
    Map<String, String> tags = new LinkedHashMap<>(r.tags());
    tags.remove("type");
    long id = r.id() > 0 ? r.id() : nextId++;
    return new Lanelet(
        id,
        new BoundRef(left.id(), invert),
        BoundRef.of(right.id()),
        ExportedFields.attributes(tags),
        ExportedFields.confidence(tags.get(MapsmithTags.CONFIDENCE)),
        ExportedFields.provenance(tags, file));
  }

  private Optional<RegulatoryElement> regulatory(OsmRelation r, Map<Long, Long> idOf) {
    String subtype = r.tag("subtype").orElse("");
    RegulatoryElement.Kind kind;
    List<OsmMember> refs;
    if (subtype.equals("road_marking")) {
      kind = RegulatoryElement.Kind.STOP_LINE;
      refs = r.withRole("refers");
    } else if (subtype.equals("crosswalk")) {
      kind = RegulatoryElement.Kind.CROSSWALK;
      refs = new ArrayList<>(r.withRole("crosswalk_polygon"));
      refs.addAll(r.withRole("refers"));
    } else {
      return Optional.empty();
    }
    Optional<OsmWay> ref =
        refs.stream()
            .filter(m -> m.type().equals("way"))
            .findFirst()
            .flatMap(m -> doc.way(m.ref()));
    if (ref.isEmpty()) {
      return Optional.empty(); // e.g. an Autoware crosswalk that refers to a lanelet only
    }
    if (kind == RegulatoryElement.Kind.STOP_LINE
        && !ref.get().tag("type").orElse("").equals("stop_line")) {
      return Optional.empty();
    }
    List<Long> governed = new ArrayList<>();
    for (OsmRelation l : doc.relations()) {
      if (idOf.containsKey(l.id())
          && l.members().stream().anyMatch(m -> m.type().equals("relation") && m.ref() == r.id())) {
        governed.add(idOf.get(l.id()));
      }
    }
    long id = r.id() > 0 && !idOf.containsValue(r.id()) ? r.id() : nextId++;
    return Optional.of(new RegulatoryElement(id, kind, line(ref.get()).id(), governed));
  }

  private LineString line(OsmWay w) {
    Long known = lineOfWay.get(w.id());
    if (known != null) {
      return lines.get(known);
    }
    long id = w.id() > 0 && !lines.containsKey(w.id()) ? w.id() : nextId++;
    List<Point3> pts = new ArrayList<>(w.nodeRefs().size());
    for (long ref : w.nodeRefs()) {
      pts.add(doc.node(ref).orElseThrow().local().orElseThrow());
    }
    Map<String, String> tags = new LinkedHashMap<>(w.tags());
    if (w.id() != id) {
      tags.put(SOURCE_WAY, Long.toString(w.id()));
    }
    LineString l = new LineString(id, Polyline.of(pts), Attributes.of(tags));
    lines.put(id, l);
    lineOfWay.put(w.id(), id);
    return l;
  }

  /** The file's way id, kept on a line string only when it had to get another id. */
  static final String SOURCE_WAY = "osm_way";
}
