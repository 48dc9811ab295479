package dev.mapsmith.sampledrives.osm;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.geom.Point3;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Lanelet2 OSM file (lat/lon, or Autoware's {@code local_x}/{@code local_y}) into {@link
 * OsmData} in local metres, and checks it: ways whose nodes are missing, relations whose members
 * are gone and lanelets without a left or right way are all reported together, by id.
 */
public final class OsmXmlReader {

  /** The map in local metres and the geodetic origin those metres are relative to. */
  public record Loaded(OsmData data, GeoOrigin origin) {}

  private record RawNode(long id, double lat, double lon, Double lx, Double ly, double ele) {}

  private OsmXmlReader() {}

  /**
   * Reads {@code file}. {@code origin} may be null: the default is the centre of the nodes'
   * lat/lon, or (for a map with only local coordinates) a fixed placeholder origin.
   */
  public static Loaded read(Path file, GeoOrigin origin) throws IOException, MapFaultException {
    List<RawNode> nodes = new ArrayList<>();
    OsmData raw = new OsmData();
    try (InputStream in = Files.newInputStream(file)) {
      XMLInputFactory f = XMLInputFactory.newFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XMLStreamReader x = f.createXMLStreamReader(in);
      parse(x, nodes, raw);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new MapFaultException(
          file, List.of("malformed XML at line " + line + ": " + e.getMessage()));
    } catch (NumberFormatException e) {
      throw new MapFaultException(file, List.of("not a number: " + e.getMessage()));
    }
    if (nodes.isEmpty()) {
      throw new MapFaultException(file, List.of("the map has no nodes"));
    }
    GeoOrigin o = origin == null ? centre(nodes) : origin;
    EnuProjection p = new EnuProjection(o);
    OsmData data = new OsmData();
    for (RawNode n : nodes) {
      if (n.lx() != null && n.ly() != null) {
        data.add(new OsmData.Node(n.id(), n.lx(), n.ly(), n.ele(), Map.of()));
      } else {
        Point3 e = p.toEnu(n.lat(), n.lon(), o.altM());
        data.add(new OsmData.Node(n.id(), e.x(), e.y(), n.ele(), Map.of()));
      }
    }
    raw.ways().values().forEach(data::add);
    raw.relations().values().forEach(data::add);
    List<String> faults = MapChecks.faults(data);
    if (!faults.isEmpty()) {
      throw new MapFaultException(file, faults);
    }
    return new Loaded(PositiveIds.remap(data), o);
  }

  private static GeoOrigin centre(List<RawNode> nodes) {
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    boolean any = false;
    for (RawNode n : nodes) {
      if (Double.isNaN(n.lat()) || Double.isNaN(n.lon())) {
        continue;
      }
      any = true;
      minLat = Math.min(minLat, n.lat());
      maxLat = Math.max(maxLat, n.lat());
      minLon = Math.min(minLon, n.lon());
      maxLon = Math.max(maxLon, n.lon());
    }
    return any
        ? new GeoOrigin((minLat + maxLat) / 2, (minLon + maxLon) / 2, 0)
        : SampleOrigin.DEFAULT;
  }

  private static void parse(XMLStreamReader x, List<RawNode> nodes, OsmData raw)
      throws XMLStreamException {
    String element = null;
    long id = 0;
    double lat = Double.NaN, lon = Double.NaN;
    Map<String, String> tags = new LinkedHashMap<>();
    List<Long> refs = new ArrayList<>();
    List<OsmData.Member> members = new ArrayList<>();
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "node", "way", "relation" -> {
            element = x.getLocalName();
            id = Long.parseLong(attr(x, "id"));
            String la = x.getAttributeValue(null, "lat");
            String lo = x.getAttributeValue(null, "lon");
            lat = la == null ? Double.NaN : Double.parseDouble(la);
            lon = lo == null ? Double.NaN : Double.parseDouble(lo);
            tags = new LinkedHashMap<>();
            refs = new ArrayList<>();
            members = new ArrayList<>();
          }
          case "tag" -> tags.put(attr(x, "k"), attr(x, "v"));
          case "nd" -> refs.add(Long.parseLong(attr(x, "ref")));
          case "member" -> {
            String role = x.getAttributeValue(null, "role");
            members.add(
                new OsmData.Member(
                    attr(x, "type"), Long.parseLong(attr(x, "ref")), role == null ? "" : role));
          }
          default -> {}
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals(element)) {
        switch (element) {
          case "node" -> nodes.add(node(id, lat, lon, tags));
          case "way" -> raw.add(new OsmData.Way(id, List.copyOf(refs), Map.copyOf(tags)));
          default -> raw.add(new OsmData.Relation(id, List.copyOf(members), Map.copyOf(tags)));
        }
        element = null;
      }
    }
  }

  private static RawNode node(long id, double lat, double lon, Map<String, String> tags) {
    Double lx = number(tags.get("local_x"));
    Double ly = number(tags.get("local_y"));
    Double ele = number(tags.get("ele"));
    if ((Double.isNaN(lat) || Double.isNaN(lon)) && (lx == null || ly == null)) {
      throw new NumberFormatException("node " + id + " has neither lat/lon nor local_x/local_y");
    }
    return new RawNode(id, lat, lon, lx, ly, ele == null ? 0 : ele);
  }

  private static Double number(String s) {
    return s == null ? null : Double.valueOf(s);
  }

  private static String attr(XMLStreamReader x, String name) throws XMLStreamException {
    String v = x.getAttributeValue(null, name);
    if (v == null) {
      throw new XMLStreamException(
          "<" + x.getLocalName() + "> without attribute " + name, x.getLocation());
    }
    return v;
  }
}
