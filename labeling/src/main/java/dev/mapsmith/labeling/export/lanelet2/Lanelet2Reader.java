package dev.mapsmith.labeling.export.lanelet2;

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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Lanelet2 OSM file back into primitives: ways become primitives (the way id is the
 * primitive id), nodes give positions ({@code local_x}/{@code local_y}/{@code ele} where present,
 * else lat/lon through the origin in {@code map_projector_info.yaml}). Ways whose nodes are missing
 * are reported in {@link Result#problems()}, not fatal. Relations are ignored.
 */
public final class Lanelet2Reader {

  /** What was read, and what could not be. */
  public record Result(LaneMap map, List<String> problems) {}

  private Lanelet2Reader() {}

  public static Result read(Path osm) throws IOException {
    FrameOfReference frame = readFrame(osm.resolveSibling("map_projector_info.yaml"));
    EnuProjection projection =
        new EnuProjection(
            frame instanceof LocalEnuFrame enu ? enu.origin() : new GeoOrigin(0, 0, 0));
    Map<Long, Point3> nodes = new HashMap<>();
    List<Primitive> primitives = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(osm)) {
      XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
      long id = 0;
      double lat = 0, lon = 0;
      List<Long> refs = new ArrayList<>();
      Map<String, String> tags = new LinkedHashMap<>();
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "node", "way" -> {
              id = Long.parseLong(r.getAttributeValue(null, "id"));
              String la = r.getAttributeValue(null, "lat");
              String lo = r.getAttributeValue(null, "lon");
              lat = la == null ? 0 : Double.parseDouble(la);
              lon = lo == null ? 0 : Double.parseDouble(lo);
              refs.clear();
              tags.clear();
            }
            case "nd" -> refs.add(Long.parseLong(r.getAttributeValue(null, "ref")));
            case "tag" -> tags.put(r.getAttributeValue(null, "k"), r.getAttributeValue(null, "v"));
            default -> {}
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (r.getLocalName().equals("node")) {
            nodes.put(id, position(lat, lon, tags, projection));
          } else if (r.getLocalName().equals("way")) {
            Primitive p = toPrimitive(id, refs, tags, nodes, problems);
            if (p != null) {
              primitives.add(p);
            }
          }
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new IOException(osm + ": malformed OSM XML at line " + line + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IOException(osm + ": bad Lanelet2 content: " + e.getMessage(), e);
    }
    return new Result(new LaneMap(frame, primitives), problems);
  }

  private static Point3 position(
      double lat, double lon, Map<String, String> tags, EnuProjection projection) {
    double z = tags.containsKey("ele") ? Double.parseDouble(tags.get("ele")) : 0;
    if (tags.containsKey("local_x") && tags.containsKey("local_y")) {
      return new Point3(
          Double.parseDouble(tags.get("local_x")), Double.parseDouble(tags.get("local_y")), z);
    }
    Point3 enu = projection.toEnu(lat, lon, z);
    return new Point3(enu.x(), enu.y(), z);
  }

  private static Primitive toPrimitive(
      long id,
      List<Long> refs,
      Map<String, String> tags,
      Map<Long, Point3> nodes,
      List<String> problems) {
    List<Point3> pts = new ArrayList<>();
    for (long ref : refs) {
      Point3 p = nodes.get(ref);
      if (p == null) {
        problems.add("way " + id + " refers to missing node " + ref + "; way skipped");
        return null;
      }
      pts.add(p);
    }
    MapClass c =
        tags.containsKey(Lanelet2Tags.CLASS)
            ? MapClass.fromKey(tags.get(Lanelet2Tags.CLASS))
            : classOf(tags.get("type"));
    if (c.closed() && pts.size() > 3 && pts.get(0).equals(pts.get(pts.size() - 1))) {
      pts.remove(pts.size() - 1);
    }
    if (pts.size() < 2) {
      problems.add("way " + id + " has fewer than 2 nodes; way skipped");
      return null;
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    List<String> derived = Arrays.asList(tags.getOrDefault(Lanelet2Tags.DERIVED, "").split(","));
    tags.forEach(
        (k, v) -> {
          if (!k.startsWith(Lanelet2Tags.PREFIX) && !derived.contains(k)) {
            attrs.put(k, v);
          }
        });
    String drives = tags.getOrDefault(Lanelet2Tags.PROV_DRIVES, "");
    Provenance prov =
        new Provenance(
            tags.getOrDefault(Lanelet2Tags.PROV_METHOD, "lanelet2"),
            tags.getOrDefault(Lanelet2Tags.PROV_VERSION, ""),
            tags.getOrDefault(Lanelet2Tags.PROV_PARAMETERS, ""),
            drives.isEmpty() ? List.of() : List.of(drives.split("\n")),
            tags.getOrDefault(Lanelet2Tags.PROV_USER, ""),
            Instant.parse(tags.getOrDefault(Lanelet2Tags.PROV_CREATED, Instant.EPOCH.toString())));
    return new Primitive(
        id,
        c,
        Polyline.of(pts),
        Attributes.of(attrs),
        ReviewState.fromKey(tags.getOrDefault(Lanelet2Tags.REVIEW, "auto")),
        Double.parseDouble(tags.getOrDefault(Lanelet2Tags.CONFIDENCE, "1")),
        prov);
  }

  /** The class for a plain Lanelet2 way by its {@code type} tag. */
  static MapClass classOf(String type) {
    if (type == null) {
      return MapClass.DIVIDER;
    }
    return switch (type) {
      case "curbstone", "road_border" -> MapClass.BOUNDARY;
      case "stop_line" -> MapClass.STOP_LINE;
      case "pedestrian_marking", "zebra_marking", "crosswalk" -> MapClass.PED_CROSSING;
      case "virtual" -> MapClass.CENTERLINE;
      default -> MapClass.DIVIDER;
    };
  }

  static FrameOfReference readFrame(Path yaml) throws IOException {
    if (!Files.exists(yaml)) {
      throw new IOException(yaml + ": missing; a Lanelet2 map needs its origin beside it");
    }
    Map<String, String> kv = new HashMap<>();
    for (String line : Files.readAllLines(yaml, StandardCharsets.UTF_8)) {
      String t = line.strip();
      int colon = t.indexOf(':');
      if (t.startsWith("#") || colon < 0) {
        continue;
      }
      kv.put(t.substring(0, colon).strip(), t.substring(colon + 1).strip());
    }
    String type = kv.get("projector_type");
    try {
      if ("Local".equals(type)) {
        return new NamedLocalFrame(kv.getOrDefault("mapsmith_frame", "local"));
      }
      return new LocalEnuFrame(
          new GeoOrigin(
              Double.parseDouble(kv.get("latitude")),
              Double.parseDouble(kv.get("longitude")),
              Double.parseDouble(kv.getOrDefault("altitude", "0"))));
    } catch (RuntimeException e) {
      throw new IOException(yaml + ": cannot read the map origin (projector_type " + type + ")", e);
    }
  }
}
