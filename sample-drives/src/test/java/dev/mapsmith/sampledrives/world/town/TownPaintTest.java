package dev.mapsmith.sampledrives.world.town;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.sampledrives.osm.OsmXmlWriter;
import dev.mapsmith.sampledrives.scene.PaintLayer;
import dev.mapsmith.sampledrives.scene.Scene;
import dev.mapsmith.sampledrives.scene.SceneBuilder;
import dev.mapsmith.sampledrives.world.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The truth map against the scene, as the evaluation reads the truth: every painted stripe lies on
 * a divider, stop line or crosswalk, and every such primitive is painted in the scene (after wear).
 */
class TownPaintTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(TownKind.class)
  void everyPaintedMarkHasItsPrimitiveAndEveryPrimitiveIsPainted(TownKind kind) throws Exception {
    Scenario s = TownWorld.scenario(kind, 3);
    Path file = tmp.resolve("town.osm");
    OsmXmlWriter.write(s.truth(), s.origin(), file);
    List<Primitive> truth = List.copyOf(Lanelet2Maps.read(file, s.origin()).map().primitives());
    Scene scene = SceneBuilder.build(s, 3);
    PaintLayer paint = scene.paint();
    assertThat(paint.stripeCount()).isGreaterThan(20);
    for (int i = 0; i < paint.stripeCount(); i++) {
      double[] q = paint.stripe(i);
      double near = Double.MAX_VALUE;
      for (Primitive p : truth) {
        if (p.mapClass() == MapClass.PED_CROSSING && inside(points(p), q[0], q[1])) {
          near = 0;
        } else if (p.mapClass() != MapClass.BOUNDARY) {
          near = Math.min(near, distance(points(p), q[0], q[1]));
        }
      }
      assertThat(near).as("stripe %d at %.1f, %.1f", i, q[0], q[1]).isLessThan(0.3);
    }
    int painted = 0;
    for (Primitive p : truth) {
      if (p.mapClass() == MapClass.BOUNDARY) {
        continue;
      }
      List<Point3> pts = points(p);
      double share = paintedShare(scene, pts, p.mapClass() == MapClass.PED_CROSSING);
      String sub = p.attributes().get("subtype").orElse("");
      double need = p.mapClass() == MapClass.PED_CROSSING || sub.contains("dashed") ? 0.01 : 0.5;
      assertThat(share).as("%s %d (%s) painted", p.mapClass(), p.id(), sub).isGreaterThan(need);
      painted++;
    }
    assertThat(painted).isGreaterThanOrEqualTo(3);
  }

  /** The share of points every 0.25 m along (or, for a crosswalk, inside) that show paint. */
  private static double paintedShare(Scene scene, List<Point3> pts, boolean area) {
    int hits = 0, n = 0;
    if (area) {
      double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -minX, maxY = -minY;
      for (Point3 p : pts) {
        minX = Math.min(minX, p.x());
        maxX = Math.max(maxX, p.x());
        minY = Math.min(minY, p.y());
        maxY = Math.max(maxY, p.y());
      }
      for (double x = minX; x <= maxX; x += 0.25) {
        for (double y = minY; y <= maxY; y += 0.25) {
          if (inside(pts, x, y)) {
            n++;
            hits += scene.groundAt(x, y).isPaint() ? 1 : 0;
          }
        }
      }
      return n == 0 ? 0 : (double) hits / n;
    }
    for (int i = 0; i + 1 < pts.size(); i++) {
      Point3 a = pts.get(i), b = pts.get(i + 1);
      double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
      double nx = -(b.y() - a.y()) / len, ny = (b.x() - a.x()) / len;
      for (double t = 0; t < len; t += 0.25) {
        double x = a.x() + (b.x() - a.x()) * t / len, y = a.y() + (b.y() - a.y()) * t / len;
        n++;
        boolean hit = false;
        for (double o : new double[] {0, 0.11, -0.11}) {
          hit |= scene.groundAt(x + nx * o, y + ny * o).isPaint();
        }
        hits += hit ? 1 : 0;
      }
    }
    return n == 0 ? 0 : (double) hits / n;
  }

  static List<Point3> points(Primitive p) {
    List<Point3> out = new java.util.ArrayList<>();
    for (int i = 0; i < p.geometry().size(); i++) {
      out.add(p.geometry().point(i));
    }
    return out;
  }

  static double distance(List<Point3> pts, double x, double y) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i + 1 < pts.size(); i++) {
      Point3 a = pts.get(i), b = pts.get(i + 1);
      double dx = b.x() - a.x(), dy = b.y() - a.y();
      double l2 = dx * dx + dy * dy;
      double t = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / l2));
      best = Math.min(best, Math.hypot(a.x() + t * dx - x, a.y() + t * dy - y));
    }
    return best;
  }

  static boolean inside(List<Point3> ring, double x, double y) {
    boolean in = false;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      Point3 a = ring.get(i), b = ring.get(j);
      if ((a.y() > y) != (b.y() > y)
          && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
        in = !in;
      }
    }
    return in || distance(ring, x, y) < 0.05;
  }
}
