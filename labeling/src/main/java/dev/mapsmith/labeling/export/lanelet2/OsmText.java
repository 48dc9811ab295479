package dev.mapsmith.labeling.export.lanelet2;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import java.util.Map;

/**
 * Formats one primitive's OSM nodes or way into a {@link StringBuilder}: no intermediate strings.
 * The coordinates a reader uses (local_x, local_y, ele) are in Java's shortest exact form, so they
 * read back bit for bit; lat/lon, derived from them, get 10 decimals (about 0.01 mm), printed
 * without the slow general double-to-text conversion.
 */
final class OsmText {

  private static final long SCALE = 10_000_000_000L;

  private OsmText() {}

  static void nodes(StringBuilder sb, Primitive p, EnuProjection projection) {
    Polyline g = p.geometry();
    for (int i = 0; i < g.size(); i++) {
      double x = g.x(i), y = g.y(i), z = g.z(i);
      GeoOrigin geo = projection.toGeodetic(new Point3(x, y, z));
      sb.append("  <node id=\"").append(Lanelet2Writer.nodeId(p.id(), i)).append("\" lat=\"");
      fixed(sb, geo.latDeg());
      sb.append("\" lon=\"");
      fixed(sb, geo.lonDeg());
      sb.append("\"><tag k=\"ele\" v=\"")
          .append(z)
          .append("\"/><tag k=\"local_x\" v=\"")
          .append(x)
          .append("\"/><tag k=\"local_y\" v=\"")
          .append(y)
          .append("\"/></node>\n");
    }
  }

  /** Appends {@code deg} rounded to 10 decimals, e.g. {@code -79.9950000000}. */
  static void fixed(StringBuilder sb, double deg) {
    long units = Math.round(Math.abs(deg) * SCALE);
    if (deg < 0 && units != 0) {
      sb.append('-');
    }
    sb.append(units / SCALE).append('.');
    String frac = Long.toString(units % SCALE);
    for (int k = frac.length(); k < 10; k++) {
      sb.append('0');
    }
    sb.append(frac);
  }

  static void way(StringBuilder sb, Primitive p) {
    sb.append("  <way id=\"").append(p.id()).append("\">\n");
    int n = p.geometry().size();
    for (int i = 0; i < n; i++) {
      sb.append("    <nd ref=\"").append(Lanelet2Writer.nodeId(p.id(), i)).append("\"/>\n");
    }
    if (p.closed()) {
      sb.append("    <nd ref=\"").append(Lanelet2Writer.nodeId(p.id(), 0)).append("\"/>\n");
    }
    Map<String, String> attrs = p.attributes().asMap();
    String derived = "";
    if (!attrs.containsKey("type")) {
      tag(sb, "type", Lanelet2Tags.defaultType(p.mapClass()));
      derived = "type";
    }
    if (p.closed() && !attrs.containsKey("area")) {
      tag(sb, "area", "yes");
      derived = derived.isEmpty() ? "area" : derived + ",area";
    }
    if (!derived.isEmpty()) {
      tag(sb, Lanelet2Tags.DERIVED, derived);
    }
    for (Map.Entry<String, String> e : attrs.entrySet()) {
      tag(sb, e.getKey(), e.getValue());
    }
    tag(sb, Lanelet2Tags.CLASS, p.mapClass().key());
    tag(sb, Lanelet2Tags.REVIEW, p.review().key());
    sb.append("    <tag k=\"")
        .append(Lanelet2Tags.CONFIDENCE)
        .append("\" v=\"")
        .append(p.confidence())
        .append("\"/>\n");
    Provenance prov = p.provenance();
    tag(sb, Lanelet2Tags.PROV_METHOD, prov.method());
    tag(sb, Lanelet2Tags.PROV_VERSION, prov.version());
    tag(sb, Lanelet2Tags.PROV_PARAMETERS, prov.parameters());
    tag(sb, Lanelet2Tags.PROV_DRIVES, String.join("\n", prov.sourceDrives()));
    tag(sb, Lanelet2Tags.PROV_USER, prov.user());
    tag(sb, Lanelet2Tags.PROV_CREATED, prov.created().toString());
    sb.append("  </way>\n");
  }

  private static void tag(StringBuilder sb, String k, String v) {
    sb.append("    <tag k=\"");
    escape(sb, k);
    sb.append("\" v=\"");
    escape(sb, v);
    sb.append("\"/>\n");
  }

  /** Appends {@code s} with XML's special characters (and newlines, tabs) as references. */
  static void escape(StringBuilder sb, String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\n' -> sb.append("&#10;");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append("&#9;");
        default -> sb.append(c);
      }
    }
  }
}
