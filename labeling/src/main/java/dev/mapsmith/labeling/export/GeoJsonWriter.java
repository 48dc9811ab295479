package dev.mapsmith.labeling.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.io.AtomicOutput;
import dev.mapsmith.core.map.Primitive;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes primitives as a GeoJSON FeatureCollection. With a geodetic origin the coordinates are
 * WGS84 {@code [lon, lat, alt]} (RFC 7946). Without one they are the project's local metres {@code
 * [x, y, z]}, and the top-level members {@code "mapsmith:frame"} and {@code "mapsmith:coordinates"}
 * say so; such a file is not WGS84 and must not be read as if it were.
 */
public final class GeoJsonWriter {

  private GeoJsonWriter() {}

  public static void write(List<Primitive> primitives, FrameOfReference frame, Path out)
      throws IOException {
    EnuProjection projection = frame instanceof LocalEnuFrame enu ? enu.projection() : null;
    AtomicOutput.write(out, os -> write(primitives, frame, projection, os));
  }

  private static void write(
      List<Primitive> primitives, FrameOfReference frame, EnuProjection projection, OutputStream os)
      throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeStringField("mapsmith:frame", frame.describe());
      g.writeStringField(
          "mapsmith:coordinates",
          projection != null
              ? "WGS84 longitude, latitude (degrees), ellipsoidal height (m)"
              : "LOCAL metres x east, y north, z up in frame " + frame.describe() + "; NOT WGS84");
      g.writeArrayFieldStart("features");
      for (Primitive p : primitives) {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeNumberField("id", p.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", p.closed() ? "Polygon" : "LineString");
        g.writeArrayFieldStart("coordinates");
        if (p.closed()) {
          g.writeStartArray();
        }
        Polyline line = p.geometry();
        for (int i = 0; i <= line.size(); i++) {
          if (i == line.size() && !p.closed()) {
            break;
          }
          int k = i % line.size();
          g.writeStartArray();
          if (projection != null) {
            GeoOrigin geo = projection.toGeodetic(line.point(k));
            g.writeNumber(geo.lonDeg());
            g.writeNumber(geo.latDeg());
            g.writeNumber(geo.altM());
          } else {
            g.writeNumber(line.x(k));
            g.writeNumber(line.y(k));
            g.writeNumber(line.z(k));
          }
          g.writeEndArray();
        }
        if (p.closed()) {
          g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("class", p.mapClass().key());
        g.writeStringField("review", p.review().key());
        g.writeNumberField("confidence", p.confidence());
        g.writeStringField("provenance", p.provenance().method() + " " + p.provenance().version());
        for (Map.Entry<String, String> e : p.attributes().asMap().entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
