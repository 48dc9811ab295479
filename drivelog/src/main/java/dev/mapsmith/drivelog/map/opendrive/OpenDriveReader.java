package dev.mapsmith.drivelog.map.opendrive;

import dev.mapsmith.drivelog.DriveLogException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an OpenDRIVE 1.4–1.7 file. The XML parser refuses DOCTYPEs, so no external entity is ever
 * fetched. A road that cannot be read (an unknown geometry, a missing attribute) is skipped with a
 * problem that names the road and the element; a file that is not XML, not OpenDRIVE, or has no
 * readable road is refused with a {@link DriveLogException} naming the file.
 */
public final class OpenDriveReader {

  private OpenDriveReader() {}

  public static OpenDriveMap read(Path file) throws DriveLogException {
    Document doc = parse(file);
    Element root = doc.getDocumentElement();
    if (!root.getTagName().equals("OpenDRIVE")) {
      throw new DriveLogException(
          file, "", "root element is <" + root.getTagName() + ">, not <OpenDRIVE>");
    }
    Element header = Elements.child(root, "header");
    String revision =
        header == null
            ? ""
            : Elements.text(header, "revMajor", "?") + "." + Elements.text(header, "revMinor", "?");
    Element geo = Elements.child(header, "geoReference");
    String proj = geo == null ? "" : geo.getTextContent().trim();
    List<String> problems = new ArrayList<>();
    RoadParser parser = new RoadParser(problems::add);
    List<Road> roads = new ArrayList<>();
    for (Element r : Elements.children(root, "road")) {
      String id = Elements.text(r, "id", "?");
      try {
        roads.add(parser.road(r, id));
      } catch (ElementFault e) {
        problems.add("road " + id + " " + e.getMessage() + "; road skipped");
      }
    }
    if (roads.isEmpty()) {
      throw new DriveLogException(
          file,
          "",
          problems.isEmpty()
              ? "the OpenDRIVE file has no <road>"
              : "no road could be read: " + String.join("; ", problems));
    }
    return new OpenDriveMap(file, revision, proj, roads, junctions(root), problems);
  }

  private static List<Junction> junctions(Element root) {
    List<Junction> out = new ArrayList<>();
    for (Element j : Elements.children(root, "junction")) {
      List<Junction.Connection> conns = new ArrayList<>();
      for (Element c : Elements.children(j, "connection")) {
        conns.add(
            new Junction.Connection(
                Elements.text(c, "incomingRoad", ""),
                Elements.text(c, "connectingRoad", ""),
                Elements.text(c, "contactPoint", "")));
      }
      out.add(new Junction(Elements.text(j, "id", ""), Elements.text(j, "name", ""), conns));
    }
    return out;
  }

  private static Document parse(Path file) throws DriveLogException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilder b = factory().newDocumentBuilder();
      b.setErrorHandler(THROWING);
      return b.parse(in);
    } catch (SAXParseException e) {
      throw new DriveLogException(
          file, "line " + e.getLineNumber(), "not well-formed XML: " + e.getMessage(), e);
    } catch (SAXException e) {
      throw new DriveLogException(file, "", "not well-formed XML: " + e.getMessage(), e);
    } catch (NoSuchFileException e) {
      throw new DriveLogException(file, "", "no such file", e);
    } catch (IOException e) {
      throw new DriveLogException(file, "", "cannot read: " + e, e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f;
  }

  private static final ErrorHandler THROWING =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // warnings do not stop the read
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
