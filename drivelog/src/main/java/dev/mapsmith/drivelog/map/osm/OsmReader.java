package dev.mapsmith.drivelog.map.osm;

import dev.mapsmith.drivelog.DriveLogException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.TreeMap;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OSM XML file (as JOSM, Lanelet2 and Autoware write it) with a streaming parser.
 *
 * <ul>
 *   <li>JOSM: elements marked {@code action="delete"} or {@code visible="false"} are left out;
 *       {@code action="modify"} and negative ids are read as they are (ids are never changed, so
 *       they stay stable across a read and a write).
 *   <li>A node has {@code lat}/{@code lon}, or only Autoware's {@code local_x}/{@code local_y} tags
 *       (lat/lon are then {@code NaN}), or both.
 *   <li>A node whose coordinates are unusable (not a number, not finite, off the globe, or an
 *       absurd local coordinate such as 1e308) is left out and named in {@link
 *       OsmDocument#problems()}; what refers to it is checked later.
 * </ul>
 *
 * Malformed XML and structural faults (an element without an id) are errors naming the file, the
 * line and the column.
 */
public final class OsmReader {

  /** Local coordinates beyond this many metres (10,000 km) are taken as garbage. */
  static final double MAX_LOCAL_M = 1e7;

  private final Path file;
  private final XMLStreamReader xml;
  private final OsmDocument.Builder doc = OsmDocument.builder();

  private OsmReader(Path file, XMLStreamReader xml) {
    this.file = file;
    this.xml = xml;
  }

  public static OsmDocument read(Path file) throws DriveLogException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return new OsmReader(file, xml).parse();
      } catch (MissingResourceException e) {
        throw unreported(file, where(xml.getLocation()), e);
      } finally {
        xml.close();
      }
    } catch (MissingResourceException e) {
      throw unreported(file, "", e);
    } catch (XMLStreamException e) {
      throw new DriveLogException(file, where(e.getLocation()), "not well-formed XML: " + clean(e));
    } catch (DriveLogException e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new DriveLogException(file, "", "no such file");
    } catch (IOException e) {
      String why = e.getMessage() == null ? "I/O error" : e.getMessage();
      throw new DriveLogException(file, "", "cannot read: " + why, e);
    }
  }

  /**
   * The JDK's StAX parser reports some faults (a control character inside a skipped DTD, found by
   * fuzzing) by looking up a message its bundle lacks, so a {@link MissingResourceException} comes
   * out instead of an {@link XMLStreamException}; its key names the fault.
   */
  private static DriveLogException unreported(Path file, String where, MissingResourceException e) {
    return new DriveLogException(
        file, where, "not well-formed XML (the parser's fault " + e.getMessage() + ")");
  }

  private static String where(Location l) {
    if (l == null || l.getLineNumber() <= 0) {
      return "";
    }
    return "line "
        + l.getLineNumber()
        + (l.getColumnNumber() > 0 ? ", column " + l.getColumnNumber() : "");
  }

  /** The parser's message without its "ParseError at [row,col]:" prefix. */
  private static String clean(XMLStreamException e) {
    String m = e.getMessage() == null ? "unreadable" : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + 9) : m).strip();
  }

  private OsmDocument parse() throws XMLStreamException, DriveLogException {
    boolean sawOsm = false;
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = xml.getLocalName();
      if (!sawOsm) {
        if (!name.equals("osm")) {
          throw fault("root element is <" + name + ">, not <osm>");
        }
        sawOsm = true;
        continue;
      }
      boolean gone =
          "delete".equals(xml.getAttributeValue(null, "action"))
              || "false".equals(xml.getAttributeValue(null, "visible"));
      switch (name) {
        case "node" -> readNode(gone);
        case "way" -> readWay(gone);
        case "relation" -> readRelation(gone);
        default -> {
          // bounds and other elements carry nothing the map needs
        }
      }
    }
    if (!sawOsm) {
      throw new DriveLogException(file, "", "no <osm> element");
    }
    return doc.build();
  }

  private void readNode(boolean gone) throws XMLStreamException, DriveLogException {
    long id = longAttr("id");
    String line = where(xml.getLocation());
    String latText = xml.getAttributeValue(null, "lat");
    String lonText = xml.getAttributeValue(null, "lon");
    Map<String, String> tags = new TreeMap<>();
    children("node", tags, null, null);
    if (gone) {
      return;
    }
    String fault = null;
    double lat = Double.NaN, lon = Double.NaN;
    if (latText != null || lonText != null) {
      lat = number(latText);
      lon = number(lonText);
      if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
        fault = "lat='" + latText + "' lon='" + lonText + "' is not a position on the globe";
      }
    }
    boolean hasLatLon = latText != null || lonText != null;
    boolean anyLocal = tags.containsKey("local_x") || tags.containsKey("local_y");
    boolean bothLocal = tags.containsKey("local_x") && tags.containsKey("local_y");
    if (fault == null && (bothLocal || (anyLocal && !hasLatLon))) {
      fault = localFault(tags);
    }
    if (fault == null && !hasLatLon && !anyLocal) {
      fault = "has neither lat/lon nor local_x/local_y";
    }
    if (fault == null && tags.containsKey("ele") && !usable(number(tags.get("ele")))) {
      fault = "ele='" + tags.get("ele") + "' is not a usable height";
    }
    if (fault != null) {
      doc.problem("node " + id + " (" + line + "): " + fault + "; node skipped");
      return;
    }
    doc.add(new OsmNode(id, lat, lon, tags));
  }

  private static String localFault(Map<String, String> tags) {
    for (String k : new String[] {"local_x", "local_y"}) {
      String v = tags.get(k);
      if (v == null) {
        return "has " + (k.equals("local_x") ? "local_y" : "local_x") + " but no " + k;
      }
      if (!usable(number(v))) {
        return k + "='" + v + "' is not a usable coordinate";
      }
    }
    return null;
  }

  private static boolean usable(double v) {
    return Math.abs(v) <= MAX_LOCAL_M;
  }

  private static double number(String s) {
    if (s == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private void readWay(boolean gone) throws XMLStreamException, DriveLogException {
    long id = longAttr("id");
    Map<String, String> tags = new TreeMap<>();
    List<Long> refs = new ArrayList<>();
    children("way", tags, refs, null);
    if (!gone) {
      doc.add(new OsmWay(id, refs, tags));
    }
  }

  private void readRelation(boolean gone) throws XMLStreamException, DriveLogException {
    long id = longAttr("id");
    Map<String, String> tags = new TreeMap<>();
    List<OsmMember> members = new ArrayList<>();
    children("relation", tags, null, members);
    if (!gone) {
      doc.add(new OsmRelation(id, members, tags));
    }
  }

  /** Reads tag, nd and member children up to the end of {@code parent}. */
  private void children(
      String parent, Map<String, String> tags, List<Long> refs, List<OsmMember> members)
      throws XMLStreamException, DriveLogException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(parent)) {
        return;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "tag" -> tags.put(attr("k"), attr("v"));
        case "nd" -> {
          if (refs == null) {
            throw fault("<nd> inside <" + parent + ">");
          }
          refs.add(longAttr("ref"));
        }
        case "member" -> {
          if (members == null) {
            throw fault("<member> inside <" + parent + ">");
          }
          String type = attr("type");
          if (!type.equals("node") && !type.equals("way") && !type.equals("relation")) {
            throw fault("member type '" + type + "' is not node, way or relation");
          }
          String role = xml.getAttributeValue(null, "role");
          members.add(new OsmMember(type, longAttr("ref"), role));
        }
        default -> {
          // unknown child elements are ignored
        }
      }
    }
  }

  private String attr(String name) throws DriveLogException {
    String v = xml.getAttributeValue(null, name);
    if (v == null) {
      throw fault("<" + xml.getLocalName() + "> has no '" + name + "' attribute");
    }
    return v;
  }

  private long longAttr(String name) throws DriveLogException {
    String v = attr(name);
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw fault("<" + xml.getLocalName() + "> " + name + "='" + v + "' is not an integer");
    }
  }

  private DriveLogException fault(String what) {
    return new DriveLogException(file, where(xml.getLocation()), what);
  }
}
