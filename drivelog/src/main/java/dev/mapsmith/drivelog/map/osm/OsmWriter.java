package dev.mapsmith.drivelog.map.osm;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes an {@link OsmDocument} as OSM XML 0.6. The same document always gives the same bytes:
 * elements in document order, tags sorted by key, numbers in shortest round-trip form, LF line
 * ends. The file is written to a temporary file beside the target and moved into place, so a
 * failure never leaves a partial file.
 */
public final class OsmWriter {

  private OsmWriter() {}

  public static void write(OsmDocument doc, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        write(doc, w);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes the XML text to {@code w}. */
  public static void write(OsmDocument doc, Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<osm version=\"0.6\" generator=\"mapsmith\">\n");
    for (OsmNode n : doc.nodes()) {
      w.write("  <node id=\"" + n.id() + "\" lat=\"" + num(n.lat()) + "\" lon=\"" + num(n.lon()));
      w.write(n.tags().isEmpty() ? "\"/>\n" : "\">\n");
      if (!n.tags().isEmpty()) {
        tags(w, n.tags());
        w.write("  </node>\n");
      }
    }
    for (OsmWay way : doc.ways()) {
      w.write("  <way id=\"" + way.id() + "\">\n");
      for (long ref : way.nodeRefs()) {
        w.write("    <nd ref=\"" + ref + "\"/>\n");
      }
      tags(w, way.tags());
      w.write("  </way>\n");
    }
    for (OsmRelation r : doc.relations()) {
      w.write("  <relation id=\"" + r.id() + "\">\n");
      for (OsmMember m : r.members()) {
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

  private static void tags(Writer w, Map<String, String> tags) throws IOException {
    for (Map.Entry<String, String> t : tags.entrySet()) {
      w.write("    <tag k=\"" + escape(t.getKey()) + "\" v=\"" + escape(t.getValue()) + "\"/>\n");
    }
  }

  static String num(double v) {
    return v == 0 ? "0" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append("&#10;");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append("&#9;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
