package dev.mapsmith.drivelog.mcap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.drivelog.PointCloud;
import java.io.IOException;
import java.nio.file.Path;

/** The scene the fixture bags show: fixed landmarks in the world ({@code truth.json}). */
record Landmarks(double[][] points, long t0Ns) {

  /** The landmarks in the odometry frame. */
  static Landmarks read(Path bags) throws IOException {
    return read(bags, "landmarks");
  }

  /** The landmarks in the map frame of the tf bags (map -> odom is not the identity there). */
  static Landmarks inMap(Path bags) throws IOException {
    return read(bags, "landmarks_map");
  }

  private static Landmarks read(Path bags, String key) throws IOException {
    JsonNode t = new ObjectMapper().readTree(bags.resolve("truth.json").toFile());
    JsonNode l = t.get(key);
    double[][] p = new double[l.size()][3];
    for (int i = 0; i < p.length; i++) {
      for (int k = 0; k < 3; k++) {
        p[i][k] = l.get(i).get(k).asDouble();
      }
    }
    return new Landmarks(p, Long.parseLong(t.get("t0_ns").asText()));
  }

  /** Every point i of {@code c} lies within {@code tol} metres of landmark i plus an offset. */
  void assertOnLandmarks(PointCloud c, double ox, double oy, double tol, String what) {
    assertThat(c.size()).as(what + " points").isEqualTo(points.length);
    for (int i = 0; i < c.size(); i++) {
      double d =
          Math.sqrt(
              sq(c.x()[i] - points[i][0] - ox)
                  + sq(c.y()[i] - points[i][1] - oy)
                  + sq(c.z()[i] - points[i][2]));
      assertThat(d).as(what + " point " + i + " from its landmark (m)").isLessThan(tol);
    }
  }

  private static double sq(double v) {
    return v * v;
  }
}
