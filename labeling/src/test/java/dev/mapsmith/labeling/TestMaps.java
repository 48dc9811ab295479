package dev.mapsmith.labeling;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.time.Instant;
import java.util.List;

/** Small primitives for tests. */
public final class TestMaps {

  private TestMaps() {}

  public static Provenance recon() {
    return new Provenance(
        "recon", "v1", "{\"k\":1}", List.of("drive-a"), "", Instant.parse("2024-01-02T03:04:05Z"));
  }

  public static Primitive line(MapClass c, double... xyz) {
    return new Primitive(
        1,
        c,
        Polyline.of(xyz),
        Attributes.of("type", "line_thin", "subtype", "solid"),
        ReviewState.AUTO,
        0.8,
        recon());
  }

  /** A straight divider from (x0, y) to (x0 + length, y) with {@code n} vertices. */
  public static Primitive divider(double x0, double y, double length, int n) {
    double[] xyz = new double[3 * n];
    for (int i = 0; i < n; i++) {
      xyz[3 * i] = x0 + length * i / (n - 1);
      xyz[3 * i + 1] = y;
      xyz[3 * i + 2] = 0.25;
    }
    return line(MapClass.DIVIDER, xyz);
  }
}
