package dev.mapsmith.drivelog.map.osm;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes an {@link OsmDocument} as OSM XML 0.6. The same document always gives the same bytes:
 * elements in document order, tags sorted by key, numbers in shortest round-trip form, LF line
 * ends. A node without lat/lon (local coordinates only) is written without them. The file is
 * written to a temporary file beside the target and moved into place, so a failure never leaves a
 * partial file.
 */
public final class OsmWriter {

  /** The XML declaration and the opening {@code <osm>} element. */
  public static final String HEADER =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"mapsmith\">\n";

  /** The closing {@code </osm>}. */
  public static final String FOOTER = "</osm>\n";

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
    w.write(HEADER);
    StringBuilder sb = new StringBuilder(4096);
    for (OsmNode n : doc.nodes()) {
      append(sb, n);
      flush(sb, w);
    }
    for (OsmWay way : doc.ways()) {
      append(sb, way);
      flush(sb, w);
    }
    for (OsmRelation r : doc.relations()) {
      append(sb, r);
      flush(sb, w);
    }
    w.write(FOOTER);
  }

  private static void flush(StringBuilder sb, Writer w) throws IOException {
    w.append(sb);
    sb.setLength(0);
  }

  /** Appends one {@code <node>} element. */
  public static void append(StringBuilder sb, OsmNode n) {
    sb.append("  <node id=\"").append(n.id());
    if (n.hasLatLon()) {
      sb.append("\" lat=\"").append(OsmNumbers.format(n.lat()));
      sb.append("\" lon=\"").append(OsmNumbers.format(n.lon()));
    }
    if (n.tags().isEmpty()) {
      sb.append("\"/>\n");
      return;
    }
    sb.append("\">\n");
    tags(sb, n.tags());
    sb.append("  </node>\n");
  }

  /** Appends one {@code <way>} element. */
  public static void append(StringBuilder sb, OsmWay way) {
    sb.append("  <way id=\"").append(way.id()).append("\">\n");
    for (long ref : way.nodeRefs()) {
      sb.append("    <nd ref=\"").append(ref).append("\"/>\n");
    }
    tags(sb, way.tags());
    sb.append("  </way>\n");
  }

  /** Appends one {@code <relation>} element. */
  public static void append(StringBuilder sb, OsmRelation r) {
    sb.append("  <relation id=\"").append(r.id()).append("\">\n");
    for (OsmMember m : r.members()) {
      sb.append("    <member type=\"").append(m.type()).append("\" ref=\"").append(m.ref());
      sb.append("\" role=\"");
      escape(sb, m.role());
      sb.append("\"/>\n");
    }
    tags(sb, r.tags());
    sb.append("  </relation>\n");
  }

  private static void tags(StringBuilder sb, Map<String, String> tags) {
    for (Map.Entry<String, String> t : tags.entrySet()) {
      sb.append("    <tag k=\"");
      escape(sb, t.getKey());
      sb.append("\" v=\"");
      escape(sb, t.getValue());
      sb.append("\"/>\n");
    }
  }

  static String num(double v) {
    return OsmNumbers.format(v);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    escape(b, s);
    return b.toString();
  }

  /** Appends {@code s} with XML's special characters (and newlines, tabs) as references. */
  public static void escape(StringBuilder b, String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
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
  }
}
