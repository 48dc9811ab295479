package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmMember;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmReader;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a Lanelet2 OSM map into core primitives. Ways typed {@code line_thin}/{@code line_thick}
 * become dividers, {@code curbstone}/{@code road_border} boundaries, {@code stop_line} stop lines;
 * crosswalk lanelets (left + reversed right way) and closed {@code zebra_marking}/{@code
 * pedestrian_marking} ways become ped_crossing polygons. All tags are kept as attributes (type,
 * subtype, color, ...) plus {@code osm_way}/{@code osm_relation} with the source id.
 *
 * <p>Coordinates: when every node has Autoware's {@code local_x}/{@code local_y}, those metres are
 * used as they are (in the origin's ENU frame when an origin is known, else in a named local
 * frame); otherwise lat/lon are projected to ENU at the origin, which is then required. Dangling
 * references are reported in {@link MapReadResult#problems()}, never thrown.
 */
public final class Lanelet2Maps {

  private static final Set<String> DIVIDER_TYPES = Set.of("line_thin", "line_thick");
  private static final Set<String> BOUNDARY_TYPES = Set.of("curbstone", "road_border");
  private static final Set<String> CROSSING_TYPES = Set.of("zebra_marking", "pedestrian_marking");

  private final OsmDocument doc;
  private final Path file;
  private final EnuProjection projection;
  private final boolean useLocal;
  private final List<String> problems = new ArrayList<>();
  private final Set<Long> usedIds = new HashSet<>();

  private Lanelet2Maps(OsmDocument doc, Path file, GeoOrigin origin, boolean useLocal) {
    this.doc = doc;
    this.file = file;
    this.projection = origin == null ? null : new EnuProjection(origin);
    this.useLocal = useLocal;
  }

  /**
   * Reads an OSM file; the origin is {@code origin} when given, else the sidecar ({@link
   * MapOrigins#find}).
   */
  public static MapReadResult read(Path osm, GeoOrigin origin) throws DriveLogException {
    OsmDocument doc = OsmReader.read(osm);
    GeoOrigin o = origin != null ? origin : MapOrigins.find(osm).orElse(null);
    return toLaneMap(doc, osm, o);
  }

  /** Converts a document; {@code origin} may be null only for maps with local_x/local_y. */
  public static MapReadResult toLaneMap(OsmDocument doc, Path file, GeoOrigin origin)
      throws DriveLogException {
    boolean local =
        !doc.nodes().isEmpty()
            && doc.nodes().stream()
                .allMatch(n -> n.tags().containsKey("local_x") && n.tags().containsKey("local_y"));
    if (!local && origin == null) {
      throw new DriveLogException(
          file,
          "",
          "the map has lat/lon but no projection origin: pass --origin LAT,LON[,ALT] or write "
              + MapOrigins.sidecarFor(file).getFileName()
              + " ({\"lat\":..,\"lon\":..,\"alt\":..})");
    }
    return new Lanelet2Maps(doc, file, origin, local).convert(origin);
  }

  /** The frame a converted map is in. */
  public static FrameOfReference frameFor(Path file, GeoOrigin origin) {
    return origin != null
        ? new LocalEnuFrame(origin)
        : new NamedLocalFrame("lanelet2:" + file.getFileName());
  }

  private MapReadResult convert(GeoOrigin origin) {
    problems.addAll(doc.danglingReferences());
    List<Draft> drafts = new ArrayList<>();
    for (OsmWay w : doc.ways()) {
      Optional<MapClass> c = classOf(w);
      if (c.isEmpty()) {
        continue;
      }
      Optional<List<Point3>> pts = points(w, "way " + w.id());
      if (pts.isEmpty()) {
        continue;
      }
      List<Point3> p = pts.get();
      if (c.get() == MapClass.PED_CROSSING) {
        p = p.subList(0, p.size() - 1);
      }
      Map<String, String> tags = new LinkedHashMap<>(w.tags());
      tags.put("osm_way", Long.toString(w.id()));
      drafts.add(new Draft(w.id(), c.get(), p, tags));
    }
    for (OsmRelation r : doc.relations()) {
      if (r.tag("type").orElse("").equals("lanelet")
          && r.tag("subtype").orElse("").equals("crosswalk")) {
        crosswalk(r).ifPresent(drafts::add);
      }
    }
    for (Draft d : drafts) {
      if (d.sourceId > 0) {
        usedIds.add(d.sourceId);
      }
    }
    long next = usedIds.stream().mapToLong(Long::longValue).max().orElse(0) + 1;
    Set<Long> taken = new HashSet<>();
    Provenance prov = Provenance.truth(file.toString());
    List<Primitive> out = new ArrayList<>();
    for (Draft d : drafts) {
      long id = d.sourceId > 0 && taken.add(d.sourceId) ? d.sourceId : next++;
      out.add(
          new Primitive(
              id,
              d.mapClass,
              Polyline.of(d.points),
              Attributes.of(d.tags),
              ReviewState.AUTO,
              1.0,
              prov));
    }
    return new MapReadResult(new LaneMap(frameFor(file, origin), out), problems);
  }

  private Optional<Draft> crosswalk(OsmRelation r) {
    List<OsmMember> left = r.withRole("left"), right = r.withRole("right");
    if (left.size() != 1 || right.size() != 1) {
      problems.add("relation " + r.id() + ": a crosswalk lanelet needs one left and one right way");
      return Optional.empty();
    }
    Optional<OsmWay> lw = doc.way(left.get(0).ref()), rw = doc.way(right.get(0).ref());
    if (lw.isEmpty() || rw.isEmpty()) {
      return Optional.empty(); // already reported as dangling
    }
    Optional<List<Point3>> lp = points(lw.get(), "relation " + r.id());
    Optional<List<Point3>> rp = points(rw.get(), "relation " + r.id());
    if (lp.isEmpty() || rp.isEmpty()) {
      return Optional.empty();
    }
    List<Point3> ring = new ArrayList<>(lp.get());
    List<Point3> rev = new ArrayList<>(rp.get());
    java.util.Collections.reverse(rev);
    ring.addAll(rev);
    Map<String, String> tags = new LinkedHashMap<>(r.tags());
    tags.put("osm_relation", Long.toString(r.id()));
    return Optional.of(new Draft(r.id(), MapClass.PED_CROSSING, ring, tags));
  }

  /** A primitive before its final id is known; negative or repeated source ids get new ones. */
  private record Draft(
      long sourceId, MapClass mapClass, List<Point3> points, Map<String, String> tags) {}

  private static Optional<MapClass> classOf(OsmWay w) {
    String type = w.tag("type").orElse("");
    if (DIVIDER_TYPES.contains(type)) {
      return Optional.of(MapClass.DIVIDER);
    }
    if (BOUNDARY_TYPES.contains(type)) {
      return Optional.of(MapClass.BOUNDARY);
    }
    if (type.equals("stop_line")) {
      return Optional.of(MapClass.STOP_LINE);
    }
    if (CROSSING_TYPES.contains(type) && w.isClosed()) {
      return Optional.of(MapClass.PED_CROSSING);
    }
    return Optional.empty();
  }

  private Optional<List<Point3>> points(OsmWay w, String context) {
    List<Point3> pts = new ArrayList<>(w.nodeRefs().size());
    for (long ref : w.nodeRefs()) {
      Optional<OsmNode> n = doc.node(ref);
      if (n.isEmpty()) {
        return Optional.empty(); // reported by danglingReferences
      }
      Optional<Point3> p = point(n.get());
      if (p.isEmpty()) {
        problems.add(context + ": node " + ref + " has unusable coordinates; way skipped");
        return Optional.empty();
      }
      pts.add(p.get());
    }
    if (pts.size() < 2) {
      problems.add("way " + w.id() + " has fewer than 2 nodes; skipped");
      return Optional.empty();
    }
    return Optional.of(pts);
  }

  private Optional<Point3> point(OsmNode n) {
    double ele = parse(n.tags().get("ele"), 0);
    if (useLocal) {
      double x = parse(n.tags().get("local_x"), Double.NaN);
      double y = parse(n.tags().get("local_y"), Double.NaN);
      return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(ele)
          ? Optional.of(new Point3(x, y, ele))
          : Optional.empty();
    }
    if (!Double.isFinite(ele) || Math.abs(n.lat()) > 90 || Math.abs(n.lon()) > 180) {
      return Optional.empty();
    }
    return Optional.of(projection.toEnu(n.lat(), n.lon(), ele));
  }

  private static double parse(String s, double fallback) {
    if (s == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
