package dev.mapsmith.labeling.export.lanelet2;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.MapOrigins;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Writes primitives as a Lanelet2 OSM file: one way per primitive, with the primitive's id as the
 * way id and node ids derived from it, so ids are positive and the same on every export. Nodes
 * carry {@code ele} and Autoware's {@code local_x}/{@code local_y}; Mapsmith's own fields are kept
 * in {@code mapsmith:*} tags. The projection origin goes beside the map in {@code
 * map_projector_info.yaml} (and, with an origin, in drivelog's JSON sidecar {@code
 * <map>.origin.json} style, see {@link MapOrigins}). The file is written under a temporary name and
 * moved into place.
 */
public final class Lanelet2Writer {

  private Lanelet2Writer() {}

  /** Writes {@code primitives} to {@code out}; returns the sidecar's path. */
  public static Path write(
      List<Primitive> primitives, FrameOfReference frame, Path out, ProgressMonitor progress)
      throws IOException {
    EnuProjection projection =
        new EnuProjection(
            frame instanceof LocalEnuFrame enu ? enu.origin() : new GeoOrigin(0, 0, 0));
    Path temp = out.resolveSibling(out.getFileName() + ".part");
    try (Writer w =
        new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"mapsmith\">\n");
      int done = 0;
      for (Primitive p : primitives) {
        writeNodes(w, p, projection);
        if (++done % 4096 == 0) {
          progress.checkCancelled();
          progress.progress(0.5 * done / primitives.size(), "nodes");
        }
      }
      done = 0;
      for (Primitive p : primitives) {
        writeWay(w, p);
        if (++done % 4096 == 0) {
          progress.checkCancelled();
          progress.progress(0.5 + 0.5 * done / primitives.size(), "ways");
        }
      }
      w.write("</osm>\n");
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Path sidecar = out.resolveSibling("map_projector_info.yaml");
    Files.writeString(sidecar, projectorInfo(frame), StandardCharsets.UTF_8);
    if (frame instanceof LocalEnuFrame enu) {
      MapOrigins.write(out, enu.origin()); // the JSON sidecar drivelog's Lanelet2Maps reads
    }
    return sidecar;
  }

  static long nodeId(long primitiveId, int vertex) {
    if (vertex + 1 >= Lanelet2Tags.NODES_PER_WAY) {
      throw new IllegalArgumentException(
          "primitive " + primitiveId + " has too many vertices for stable node ids");
    }
    return primitiveId * Lanelet2Tags.NODES_PER_WAY + vertex + 1;
  }

  private static void writeNodes(Writer w, Primitive p, EnuProjection projection)
      throws IOException {
    Polyline g = p.geometry();
    for (int i = 0; i < g.size(); i++) {
      Point3 local = g.point(i);
      GeoOrigin geo = projection.toGeodetic(local);
      w.write(
          "  <node id=\""
              + nodeId(p.id(), i)
              + "\" lat=\""
              + geo.latDeg()
              + "\" lon=\""
              + geo.lonDeg()
              + "\">");
      w.write("<tag k=\"ele\" v=\"" + local.z() + "\"/>");
      w.write("<tag k=\"local_x\" v=\"" + local.x() + "\"/>");
      w.write("<tag k=\"local_y\" v=\"" + local.y() + "\"/></node>\n");
    }
  }

  private static void writeWay(Writer w, Primitive p) throws IOException {
    w.write("  <way id=\"" + p.id() + "\">\n");
    int n = p.geometry().size();
    for (int i = 0; i < n; i++) {
      w.write("    <nd ref=\"" + nodeId(p.id(), i) + "\"/>\n");
    }
    if (p.closed()) {
      w.write("    <nd ref=\"" + nodeId(p.id(), 0) + "\"/>\n");
    }
    Map<String, String> attrs = p.attributes().asMap();
    StringBuilder derived = new StringBuilder();
    if (!attrs.containsKey("type")) {
      tag(w, "type", Lanelet2Tags.defaultType(p.mapClass()));
      derived.append("type");
    }
    if (p.closed() && !attrs.containsKey("area")) {
      tag(w, "area", "yes");
      derived.append(derived.isEmpty() ? "" : ",").append("area");
    }
    if (!derived.isEmpty()) {
      tag(w, Lanelet2Tags.DERIVED, derived.toString());
    }
    for (Map.Entry<String, String> e : attrs.entrySet()) {
      tag(w, e.getKey(), e.getValue());
    }
    tag(w, Lanelet2Tags.CLASS, p.mapClass().key());
    tag(w, Lanelet2Tags.REVIEW, p.review().key());
    tag(w, Lanelet2Tags.CONFIDENCE, Double.toString(p.confidence()));
    Provenance prov = p.provenance();
    tag(w, Lanelet2Tags.PROV_METHOD, prov.method());
    tag(w, Lanelet2Tags.PROV_VERSION, prov.version());
    tag(w, Lanelet2Tags.PROV_PARAMETERS, prov.parameters());
    tag(w, Lanelet2Tags.PROV_DRIVES, String.join("\n", prov.sourceDrives()));
    tag(w, Lanelet2Tags.PROV_USER, prov.user());
    tag(w, Lanelet2Tags.PROV_CREATED, prov.created().toString());
    w.write("  </way>\n");
  }

  private static void tag(Writer w, String k, String v) throws IOException {
    w.write("    <tag k=\"" + escape(k) + "\" v=\"" + escape(v) + "\"/>\n");
  }

  static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\n' -> "&#10;";
            case '\r' -> "&#13;";
            case '\t' -> "&#9;";
            default -> null;
          };
      if (rep != null && sb == null) {
        sb = new StringBuilder(s.substring(0, i));
      }
      if (sb != null) {
        sb.append(rep != null ? rep : String.valueOf(c));
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Autoware's {@code map_projector_info.yaml} for the project's frame. */
  static String projectorInfo(FrameOfReference frame) {
    if (frame instanceof LocalEnuFrame enu) {
      GeoOrigin o = enu.origin();
      return "# written by mapsmith: local_x/local_y/ele are east/north/up metres from this origin\n"
          + "projector_type: LocalCartesian\nvertical_datum: WGS84\nmap_origin:\n"
          + "  latitude: "
          + o.latDeg()
          + "\n  longitude: "
          + o.lonDeg()
          + "\n  altitude: "
          + o.altM()
          + "\n";
    }
    String name = ((NamedLocalFrame) frame).name();
    return "# written by mapsmith: local frame without a geodetic origin; use local_x/local_y/ele.\n"
        + "# lat/lon on nodes are a display-only projection about 0,0 and are not a real position.\n"
        + "projector_type: Local\nmapsmith_frame: "
        + name
        + "\n";
  }
}
