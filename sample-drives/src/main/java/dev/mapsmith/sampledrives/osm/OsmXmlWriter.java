package dev.mapsmith.sampledrives.osm;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.geom.Point3;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@link OsmData} as Lanelet2 OSM XML: lat/lon from the ENU origin, plus {@code ele}, {@code
 * local_x} and {@code local_y} tags. Output is deterministic (ids ascending, fixed number format).
 */
public final class OsmXmlWriter {

  private OsmXmlWriter() {}

  public static void write(OsmData data, GeoOrigin origin, Path file) throws IOException {
    EnuProjection projection = new EnuProjection(origin);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      w.write("<osm version=\"0.6\" generator=\"mapsmith-sample-drives\">\n");
      for (OsmData.Node n : data.nodes().values()) {
        GeoOrigin g = projection.toGeodetic(new Point3(n.x(), n.y(), n.z()));
        w.write(
            String.format(
                Locale.ROOT,
                "  <node id=\"%d\" version=\"1\" lat=\"%.10f\" lon=\"%.10f\">\n",
                n.id(),
                g.latDeg(),
                g.lonDeg()));
        tag(w, "ele", num(n.z()));
        tag(w, "local_x", num(n.x()));
        tag(w, "local_y", num(n.y()));
        tags(w, n.tags());
        w.write("  </node>\n");
      }
      for (OsmData.Way way : data.ways().values()) {
        w.write("  <way id=\"" + way.id() + "\" version=\"1\">\n");
        for (long ref : way.nodes()) {
          w.write("    <nd ref=\"" + ref + "\"/>\n");
        }
        tags(w, way.tags());
        w.write("  </way>\n");
      }
      for (OsmData.Relation r : data.relations().values()) {
        w.write("  <relation id=\"" + r.id() + "\" version=\"1\">\n");
        for (OsmData.Member m : r.members()) {
          w.write(
              "    <member type=\""
                  + m.type()
                  + "\" ref=\""
                  + m.ref()
                  + "\" role=\""
                  + escape(m.role())
                  + "\"/>\n");
        }
        tags(w, r.tags());
        w.write("  </relation>\n");
      }
      w.write("</osm>\n");
    }
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static void tags(Writer w, Map<String, String> tags) throws IOException {
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(tags).entrySet()) {
      tag(w, e.getKey(), e.getValue());
    }
  }

  private static void tag(Writer w, String k, String v) throws IOException {
    w.write("    <tag k=\"" + escape(k) + "\" v=\"" + escape(v) + "\"/>\n");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
