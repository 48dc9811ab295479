package dev.mapsmith.viewer3d;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.util.List;
import java.util.SplittableRandom;

/** Small scenes for GL tests. */
final class TestScenes {

  private TestScenes() {}

  static Primitive primitive(long id, MapClass c, double... xyz) {
    return new Primitive(
        id,
        c,
        Polyline.of(xyz),
        Attributes.EMPTY,
        ReviewState.AUTO,
        1.0,
        new Provenance("test", "1", "", List.of(), "tester", java.time.Instant.EPOCH));
  }

  /** {@code n} points spread evenly over [x0, x1] × [y0, y1] at height z. */
  static PointCloud plane(int n, float x0, float y0, float x1, float y1, float z) {
    SplittableRandom r = new SplittableRandom(7);
    float[] xyz = new float[3 * n];
    float[] intensity = new float[n];
    for (int i = 0; i < n; i++) {
      xyz[3 * i] = x0 + (float) r.nextDouble() * (x1 - x0);
      xyz[3 * i + 1] = y0 + (float) r.nextDouble() * (y1 - y0);
      xyz[3 * i + 2] = z;
      intensity[i] = (float) r.nextDouble();
    }
    return PointCloud.of(xyz, intensity);
  }
}
