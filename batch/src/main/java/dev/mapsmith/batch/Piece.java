package dev.mapsmith.batch;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A primitive as it travels between Spark tasks: class, vertices (x, y, z in the job's frame),
 * attributes, confidence, provenance, the tile it came from and whether each end was cut at the
 * tile's edge (so the stitcher knows which ends to join).
 */
public record Piece(
    String mapClass,
    double[] xyz,
    Map<String, String> attributes,
    double confidence,
    String method,
    String version,
    String parameters,
    List<String> drives,
    long tile,
    boolean cutStart,
    boolean cutEnd)
    implements Serializable {

  public Piece {
    attributes = new TreeMap<>(attributes);
    drives = List.copyOf(drives);
  }

  static Piece of(Primitive p, double[] xyz, long tile, boolean cutStart, boolean cutEnd) {
    Provenance v = p.provenance();
    return new Piece(
        p.mapClass().key(),
        xyz,
        p.attributes().asMap(),
        p.confidence(),
        v.method(),
        v.version(),
        v.parameters(),
        v.sourceDrives(),
        tile,
        cutStart,
        cutEnd);
  }

  Piece withGeometry(double[] g, boolean cs, boolean ce) {
    return new Piece(
        mapClass, g, attributes, confidence, method, version, parameters, drives, tile, cs, ce);
  }

  Piece withAttribute(String key, String value) {
    Map<String, String> a = new TreeMap<>(attributes);
    a.put(key, value);
    return new Piece(
        mapClass, xyz, a, confidence, method, version, parameters, drives, tile, cutStart, cutEnd);
  }

  int traversals() {
    return Integer.parseInt(attributes.getOrDefault("n_traversals", "0"));
  }

  double length() {
    return ConvexClip.length(xyz);
  }

  /** The primitive this piece becomes in the merged map. */
  Primitive toPrimitive(long id, Instant created) {
    return new Primitive(
        id,
        MapClass.fromKey(mapClass),
        Polyline.of(xyz),
        Attributes.of(attributes),
        ReviewState.AUTO,
        Math.max(0, Math.min(1, confidence)),
        new Provenance(method, version, parameters, drives, "batch", created));
  }
}
