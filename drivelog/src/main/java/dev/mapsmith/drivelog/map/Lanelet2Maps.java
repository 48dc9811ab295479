package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmMember;
import dev.mapsmith.drivelog.map.osm.OsmReader;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a Lanelet2 OSM map into core primitives, classes by {@link Lanelet2Classes}. Crosswalk
 * lanelets become polygons (left bound + reversed right bound). All tags are kept as attributes
 * (type, subtype, color, ...) plus {@code osm_way}/{@code osm_relation} with the source id; a way
 * from Mapsmith's own export gets its review state, confidence and provenance back ({@link
 * ExportedFields}). Positions, origin and broken elements: {@link Lanelet2File}.
 */
public final class Lanelet2Maps {

  private final Lanelet2File source;
  private final OsmDocument doc;
  private final List<String> problems;

  private Lanelet2Maps(Lanelet2File source) {
    this.source = source;
    this.doc = source.map();
    this.problems = new ArrayList<>(source.problems());
  }

  /**
   * Reads an OSM file; the origin is {@code origin} when given, else the shared rule's ({@link
   * MapOrigins#resolve}).
   */
  public static MapReadResult read(Path osm, GeoOrigin origin) throws DriveLogException {
    return toLaneMap(Lanelet2File.load(osm, origin));
  }

  /**
   * Reads a truth map to compare with a project in {@code project}'s frame: the shared rule, except
   * that a map with only local coordinates and no origin of its own is taken to be in that frame.
   */
  public static MapReadResult read(Path osm, GeoOrigin origin, GeoOrigin project)
      throws DriveLogException {
    OsmDocument doc = OsmReader.read(osm);
    return toLaneMap(Lanelet2File.of(doc, osm, MapOrigins.resolve(osm, origin, doc, project)));
  }

  /** Converts a document read from {@code file}; {@code origin} may be null (the rule decides). */
  public static MapReadResult toLaneMap(OsmDocument doc, Path file, GeoOrigin origin)
      throws DriveLogException {
    return toLaneMap(Lanelet2File.of(doc, file, MapOrigins.resolve(file, origin, doc)));
  }

  /** Converts a checked map. */
  public static MapReadResult toLaneMap(Lanelet2File source) {
    return new Lanelet2Maps(source).convert();
  }

  /** The frame a map read with this origin is in (see {@link MapOrigins#resolve}). */
  public static FrameOfReference frameFor(Path file, GeoOrigin origin) {
    return new MapOrigin(origin, MapOrigin.Source.OPTION, true, "lanelet2:" + file.getFileName())
        .frame();
  }

  private MapReadResult convert() {
    List<Draft> drafts = new ArrayList<>();
    for (OsmWay w : doc.ways()) {
      Optional<MapClass> c;
      try {
        c = Lanelet2Classes.ofWay(w);
      } catch (IllegalArgumentException e) {
        problems.add("way " + w.id() + ": " + e.getMessage() + "; way skipped");
        continue;
      }
      if (c.isEmpty()) {
        continue;
      }
      List<Point3> p = points(w);
      if (c.get().closed() && w.isClosed()) {
        p = p.subList(0, p.size() - 1);
      }
      if (c.get().closed() && p.size() < 3) {
        problems.add("way " + w.id() + ": a " + c.get().key() + " needs 3 corners; way skipped");
        continue;
      }
      Map<String, String> tags = new LinkedHashMap<>(w.tags());
      if (!w.tags().containsKey(MapsmithTags.CLASS)) {
        tags.put("osm_way", Long.toString(w.id()));
      }
      drafts.add(new Draft(w.id(), c.get(), p, tags));
    }
    for (OsmRelation r : doc.relations()) {
      if (Lanelet2Classes.isCrosswalk(r)) {
        drafts.add(crosswalk(r));
      }
    }
    Set<Long> used = new HashSet<>();
    drafts.forEach(d -> used.add(d.sourceId));
    long next = used.stream().mapToLong(Long::longValue).max().orElse(0) + 1;
    next = Math.max(next, 1);
    Set<Long> taken = new HashSet<>();
    String file = source.file().toString();
    List<Primitive> out = new ArrayList<>();
    for (Draft d : drafts) {
      long id = d.sourceId > 0 && taken.add(d.sourceId) ? d.sourceId : next++;
      out.add(ExportedFields.primitive(id, d.mapClass, Polyline.of(d.points), d.tags, file));
    }
    LaneMap map = new LaneMap(source.frame(), out);
    return new MapReadResult(map, problems, source.origin());
  }

  /** Left bound forward, right bound back; both exist (checked by {@link Lanelet2File}). */
  private Draft crosswalk(OsmRelation r) {
    OsmMember left = r.withRole("left").get(0), right = r.withRole("right").get(0);
    List<Point3> ring = new ArrayList<>(points(doc.way(left.ref()).orElseThrow()));
    List<Point3> rev = new ArrayList<>(points(doc.way(right.ref()).orElseThrow()));
    Collections.reverse(rev);
    ring.addAll(rev);
    Map<String, String> tags = new LinkedHashMap<>(r.tags());
    tags.put("osm_relation", Long.toString(r.id()));
    return new Draft(r.id(), MapClass.PED_CROSSING, ring, tags);
  }

  /** A primitive before its final id is known; negative or repeated source ids get new ones. */
  private record Draft(
      long sourceId, MapClass mapClass, List<Point3> points, Map<String, String> tags) {}

  private List<Point3> points(OsmWay w) {
    List<Point3> pts = new ArrayList<>(w.nodeRefs().size());
    for (long ref : w.nodeRefs()) {
      pts.add(doc.node(ref).orElseThrow().local().orElseThrow());
    }
    return pts;
  }
}
