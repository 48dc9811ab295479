package dev.mapsmith.viewer3d;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;

/** The 3D box around a scene's clouds, trajectories and primitives. */
public record SceneBounds(Point3 min, Point3 max) {

  public boolean isEmpty() {
    return !(min.x() <= max.x());
  }

  /** Scans all points (linear in the cloud size). */
  public static SceneBounds of(SceneData scene) {
    double[] b = {
      Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY
    };
    for (PointCloud c : scene.clouds()) {
      for (int i = 0; i < c.size(); i++) {
        include(b, c.x(i), c.y(i), c.z(i));
      }
    }
    for (RadarReturns r : scene.radar()) {
      for (int i = 0; i < r.size(); i++) {
        include(b, r.x()[i], r.y()[i], r.z()[i]);
      }
    }
    for (Trajectory t : scene.trajectories()) {
      include(b, t.path());
    }
    for (Primitive p : scene.primitives()) {
      include(b, p.geometry());
    }
    return new SceneBounds(new Point3(b[0], b[1], b[2]), new Point3(b[3], b[4], b[5]));
  }

  private static void include(double[] b, Polyline line) {
    for (int i = 0; i < line.size(); i++) {
      include(b, line.x(i), line.y(i), line.z(i));
    }
  }

  private static void include(double[] b, double x, double y, double z) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.min(b[2], z);
    b[3] = Math.max(b[3], x);
    b[4] = Math.max(b[4], y);
    b[5] = Math.max(b[5], z);
  }
}
