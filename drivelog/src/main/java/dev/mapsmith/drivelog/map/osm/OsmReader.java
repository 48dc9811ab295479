package dev.mapsmith.drivelog.map.osm;

import dev.mapsmith.drivelog.DriveLogException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OSM XML file (as JOSM and Lanelet2 write it) with a streaming parser. Elements marked
 * {@code action="delete"} are left out. Errors name the file and the line.
 */
public final class OsmReader {

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
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new DriveLogException(
          file, line > 0 ? "line " + line : "", "not well-formed XML: " + clean(e), e);
    } catch (IOException e) {
      throw new DriveLogException(file, "", "cannot read: " + e, e);
    }
  }

  private static String clean(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int i = m.indexOf("Message: ");
    return i >= 0 ? m.substring(i + 9) : m;
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
      boolean deleted = "delete".equals(xml.getAttributeValue(null, "action"));
      switch (name) {
        case "node" -> readNode(deleted);
        case "way" -> readWay(deleted);
        case "relation" -> readRelation(deleted);
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

  private void readNode(boolean deleted) throws XMLStreamException, DriveLogException {
    long id = longAttr("id");
    double lat = doubleAttr("lat");
    double lon = doubleAttr("lon");
    Map<String, String> tags = new TreeMap<>();
    children("node", tags, null, null);
    if (!deleted) {
      doc.add(new OsmNode(id, lat, lon, tags));
    }
  }

  private void readWay(boolean deleted) throws XMLStreamException, DriveLogException {
    long id = longAttr("id");
    Map<String, String> tags = new TreeMap<>();
    List<Long> refs = new ArrayList<>();
    children("way", tags, refs, null);
    if (!deleted) {
      doc.add(new OsmWay(id, refs, tags));
    }
  }

  private void readRelation(boolean deleted) throws XMLStreamException, DriveLogException {
    long id = longAttr("id");
    Map<String, String> tags = new TreeMap<>();
    List<OsmMember> members = new ArrayList<>();
    children("relation", tags, null, members);
    if (!deleted) {
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

  private double doubleAttr(String name) throws DriveLogException {
    String v = attr(name);
    try {
      double d = Double.parseDouble(v.trim());
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw fault("<" + xml.getLocalName() + "> " + name + "='" + v + "' is not a finite number");
    }
  }

  private DriveLogException fault(String what) {
    return new DriveLogException(file, "line " + xml.getLocation().getLineNumber(), what);
  }
}
