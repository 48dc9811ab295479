package dev.mapsmith.sampledrives.world.town;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.sampledrives.scene.Material;
import dev.mapsmith.sampledrives.scene.Scene;
import dev.mapsmith.sampledrives.scene.SceneBuilder;
import dev.mapsmith.sampledrives.sensor.LidarModel;
import dev.mapsmith.sampledrives.sensor.LidarSimulator;
import dev.mapsmith.sampledrives.sensor.VehicleMotion;
import dev.mapsmith.sampledrives.world.Dressing;
import dev.mapsmith.sampledrives.world.RouteGraph;
import dev.mapsmith.sampledrives.world.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Worn paint, patches, parked cars and traffic change what the lidar returns. */
class TownDressingTest {

  private static final double[] TIMES = {0, 3, 6, 9, 12, 15, 18, 21};

  @Test
  void wornPaintRemovesPaintReturnsAndTheTownsWearLiesOnItsLines() {
    Scenario town = TownWorld.scenario(TownKind.MIXED, 1);
    Scenario bare = with(town, Dressing.NONE);
    // Wear every line near the route: the lidar must lose (nearly) all its paint returns there.
    List<Dressing.Surface> worn = new ArrayList<>();
    for (double[] p : new RouteGraph(town.truth()).centreline(town.route())) {
      worn.add(new Dressing.Surface(p[0] - 40, p[1], p[0] + 40, p[1], 80, Dressing.Kind.WORN));
    }
    Scenario allWorn = with(town, new Dressing(worn, List.of(), List.of(), List.of()));
    long paintBare = count(bare, true), paintWorn = count(allWorn, true);
    assertThat(paintBare).isGreaterThan(1000);
    assertThat(paintWorn).isLessThan(paintBare / 20);
    // Faded paint is still paint, but dimmer.
    List<Dressing.Surface> faded = new ArrayList<>();
    for (Dressing.Surface s : worn) {
      faded.add(
          new Dressing.Surface(s.ax(), s.ay(), s.bx(), s.by(), s.width(), Dressing.Kind.FADED));
    }
    assertThat(Material.PAINT_FADED.reflectivity())
        .isLessThan(Material.PAINT_WHITE.reflectivity() / 2);
    assertThat(count(with(town, new Dressing(faded, List.of(), List.of(), List.of())), true))
        .isGreaterThan(paintBare / 2);
    // The town's own wear: present in some towns, and every worn strip lies on a painted line.
    long wornTowns = 0;
    for (long seed = 1; seed <= 6; seed++) {
      Scenario t = TownWorld.scenario(TownKind.INTERSECTION, seed);
      List<List<double[]>> lines = new ArrayList<>();
      for (var w : t.truth().ways().values()) {
        if (w.tag("type").startsWith("line_")) {
          lines.add(TownGeometryTest.points(t.truth(), w.id()));
        }
      }
      for (Dressing.Surface s : t.dressing().wear()) {
        if (s.width() < 1) {
          double[] mid = {(s.ax() + s.bx()) / 2, (s.ay() + s.by()) / 2};
          double near =
              lines.stream().mapToDouble(l -> TownGeometryTest.distance(l, mid)).min().orElse(99);
          assertThat(near).as("wear at %.1f, %.1f", mid[0], mid[1]).isLessThan(0.15);
        }
      }
      wornTowns += t.dressing().wear().isEmpty() ? 0 : 1;
    }
    assertThat(wornTowns).isPositive();
  }

  @Test
  void parkedCarsAndTrafficHideTheGroundFromTheLidar() {
    Scenario town = TownWorld.scenario(TownKind.MIXED, 1);
    Dressing d = town.dressing();
    assertThat(d.parked()).isNotEmpty();
    assertThat(d.traffic()).isNotEmpty();
    Scene cars =
        SceneBuilder.build(
            with(town, new Dressing(List.of(), List.of(), d.parked(), d.traffic())), 1);
    Scene bare = SceneBuilder.build(with(town, Dressing.NONE), 1);
    VehicleMotion motion = motion(town);
    int close = 0;
    for (double t = 0; t < 30; t += 1) {
      VehicleMotion.State st = motion.at(t);
      double nearest = Double.MAX_VALUE;
      double[] boxes = cars.traffic().boxesAt(t);
      for (int o = 0; o < boxes.length; o += 8) {
        nearest = Math.min(nearest, Math.hypot(boxes[o] - st.x(), boxes[o + 1] - st.y()));
      }
      for (Dressing.Car c : d.parked()) {
        nearest = Math.min(nearest, Math.hypot(c.x() - st.x(), c.y() - st.y()));
      }
      if (nearest < 12) {
        close++;
        long withCars = ground(cars, motion, t), without = ground(bare, motion, t);
        assertThat(withCars).as("t = " + t).isLessThan(without - 500);
      }
    }
    assertThat(close).isPositive();
  }

  private static long ground(Scene scene, VehicleMotion motion, double t) {
    float[] pts =
        new LidarSimulator(scene, motion, LidarModel.hdl32(false))
            .sweep(t, new SplittableRandom(1));
    long n = 0;
    for (int i = 0; i < pts.length; i += 4) {
      n += pts[i + 2] < -1.6 && Math.hypot(pts[i], pts[i + 1]) < 25 ? 1 : 0;
    }
    return n;
  }

  @Test
  void patchesChangeTheAsphaltsReflectivityAndEightBitIntensityHas256Levels() {
    Scenario town = TownWorld.scenario(TownKind.MIXED, 2);
    List<Dressing.Surface> patches =
        town.dressing().cover().stream().filter(c -> c.kind() != Dressing.Kind.ASPHALT).toList();
    assertThat(patches).isNotEmpty();
    Scene scene = SceneBuilder.build(town, 2);
    for (Dressing.Surface p : patches) {
      Material m = scene.groundAt((p.ax() + p.bx()) / 2, (p.ay() + p.by()) / 2);
      if (!m.isPaint()) {
        assertThat(m).isIn(Material.ASPHALT_DARK, Material.ASPHALT_LIGHT);
      }
    }
    VehicleMotion motion = motion(town);
    float[] pts =
        new LidarSimulator(scene, motion, LidarModel.hdl32(true).withIntensityLevels(255))
            .sweep(1, new SplittableRandom(3));
    for (int i = 3; i < pts.length; i += 4) {
      double level = pts[i] * 255;
      assertThat(Math.abs(level - Math.rint(level))).isLessThan(1e-3);
    }
  }

  /** Paint returns ({@code paint}) or ground returns within 25 m, summed over a few sweeps. */
  private static long count(Scenario s, boolean paint) {
    Scene scene = SceneBuilder.build(s, 1);
    VehicleMotion motion = motion(s);
    LidarSimulator lidar = new LidarSimulator(scene, motion, LidarModel.hdl32(false));
    long n = 0;
    for (double t : TIMES) {
      float[] pts = lidar.sweep(t, new SplittableRandom(1));
      for (int i = 0; i < pts.length; i += 4) {
        double range = Math.hypot(pts[i], pts[i + 1]);
        boolean ground = pts[i + 2] < -1.6 && range < 25;
        if (paint ? ground && pts[i + 3] > 0.3 : ground) {
          n++;
        }
      }
    }
    return n;
  }

  private static VehicleMotion motion(Scenario s) {
    return new VehicleMotion(new RouteGraph(s.truth()).centreline(s.route()), s.speedMps());
  }

  private static Scenario with(Scenario s, Dressing d) {
    return new Scenario(
        s.name(), s.truth(), s.origin(), s.route(), s.speedMps(), s.urban(), d, s.layouts());
  }
}
