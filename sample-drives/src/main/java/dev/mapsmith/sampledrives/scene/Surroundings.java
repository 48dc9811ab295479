package dev.mapsmith.sampledrives.scene;

import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import dev.mapsmith.sampledrives.world.MapPoints;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded surroundings along curbs and road borders, away from the road: street poles, trees,
 * bushes, parked cars and (in urban scenes) buildings. Nothing is placed where road lies within a
 * clearance of its footprint, or where an earlier object stands.
 */
final class Surroundings {

  private Surroundings() {}

  static void place(
      OsmDocument map, RoadMask road, boolean urban, long seed, List<double[]> objects) {
    List<double[]> taken = new ArrayList<>();
    for (OsmWay way : map.ways()) {
      String type = MapPoints.tag(way, "type");
      if (!type.equals("curbstone") && !type.equals("road_border")) {
        continue;
      }
      SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + way.id());
      List<double[]> pts = MapPoints.points(map, way);
      double along = 0;
      double nextSlot = rng.nextDouble(2, 8);
      for (int i = 0; i + 1 < pts.size(); i++) {
        double[] a = pts.get(i), c = pts.get(i + 1);
        double len = Math.hypot(c[0] - a[0], c[1] - a[1]);
        if (len < 1e-6) {
          continue;
        }
        double ux = (c[0] - a[0]) / len, uy = (c[1] - a[1]) / len;
        while (nextSlot < along + len) {
          double t = nextSlot - along;
          double px = a[0] + ux * t, py = a[1] + uy * t;
          double side = road.isRoad(px - uy * 0.6, py + ux * 0.6) ? -1 : 1;
          double nx = -uy * side, ny = ux * side;
          one(px, py, ux, uy, nx, ny, urban, type.equals("curbstone"), rng, road, taken, objects);
          nextSlot += rng.nextDouble(6, 14);
        }
        along += len;
      }
    }
  }

  private static void one(
      double px,
      double py,
      double ux,
      double uy,
      double nx,
      double ny,
      boolean urban,
      boolean curb,
      SplittableRandom rng,
      RoadMask road,
      List<double[]> taken,
      List<double[]> objects) {
    double roll = rng.nextDouble();
    double back = curb ? SceneBuilder.SIDEWALK : 0.6;
    if (roll < 0.18) { // street pole on the sidewalk edge
      double d = curb ? 0.5 : 1.2;
      add(
          objects,
          taken,
          road,
          0.3,
          px + nx * d,
          py + ny * d,
          new double[] {
            Scene.CYLINDER, Material.METAL.ordinal(), px + nx * d, py + ny * d, 0.1, 0, 7.5, 0, 0, 0
          });
    } else if (roll < 0.50) { // tree
      double d = back + rng.nextDouble(1.5, 4);
      double x = px + nx * d, y = py + ny * d, r = rng.nextDouble(1.5, 2.8);
      if (add(
          objects,
          taken,
          road,
          r + 0.3,
          x,
          y,
          new double[] {Scene.CYLINDER, Material.TRUNK.ordinal(), x, y, 0.18, 0, 3.2, 0, 0, 0})) {
        objects.add(
            new double[] {Scene.SPHERE, Material.FOLIAGE.ordinal(), x, y, 3 + r, r, 0, 0, 0, 0});
      }
    } else if (roll < 0.62) { // bush
      double d = back + rng.nextDouble(0.8, 3);
      double x = px + nx * d, y = py + ny * d, r = rng.nextDouble(0.5, 1.0);
      add(
          objects,
          taken,
          road,
          r + 0.2,
          x,
          y,
          new double[] {Scene.SPHERE, Material.FOLIAGE.ordinal(), x, y, r * 0.6, r, 0, 0, 0, 0});
    } else if (roll < 0.78) { // parked car, parallel to the road
      double d = back + rng.nextDouble(1.5, 3);
      double x = px + nx * d, y = py + ny * d;
      add(
          objects,
          taken,
          road,
          2.5,
          x,
          y,
          new double[] {Scene.BOX, Material.CAR.ordinal(), x, y, ux, uy, 2.25, 0.9, 0.2, 1.5});
    } else if (urban) { // building
      double hw = rng.nextDouble(5, 10), hd = rng.nextDouble(4, 8);
      double d = back + rng.nextDouble(5, 12) + hd;
      double x = px + nx * d, y = py + ny * d;
      add(
          objects,
          taken,
          road,
          Math.hypot(hw, hd),
          x,
          y,
          new double[] {
            Scene.BOX, Material.BUILDING.ordinal(), x, y, ux, uy, hw, hd, 0, rng.nextDouble(5, 12)
          });
    }
  }

  /** Adds {@code object} unless road or an earlier object lies within {@code radius} (+1 m). */
  private static boolean add(
      List<double[]> objects,
      List<double[]> taken,
      RoadMask road,
      double radius,
      double x,
      double y,
      double[] object) {
    boolean pole = object[0] == Scene.CYLINDER && object[4] < 0.15;
    double clear = pole ? 0.35 : radius + 1.0;
    if (road.anyRoad(x - clear, y - clear, x + clear, y + clear)) {
      return false;
    }
    for (double[] t : taken) {
      if (Math.hypot(t[0] - x, t[1] - y) < t[2] + radius) {
        return false;
      }
    }
    taken.add(new double[] {x, y, radius});
    objects.add(object);
    return true;
  }
}
