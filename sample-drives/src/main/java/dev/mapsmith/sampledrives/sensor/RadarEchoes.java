package dev.mapsmith.sampledrives.sensor;

import dev.mapsmith.sampledrives.scene.Hit;
import dev.mapsmith.sampledrives.scene.Material;

/**
 * What a radar sees of a surface: its radar cross-section by material (dBsm: metal and cars high,
 * walls and barriers medium, vegetation low, asphalt, paint and grass near zero), the chance that a
 * return is detected, and the velocity of the target hit (moving cars from the traffic's boxes).
 */
final class RadarEchoes {

  private RadarEchoes() {}

  /** Mean radar cross-section of a surface, dBsm. */
  static double rcs(Material m) {
    return switch (m) {
      case METAL -> 15;
      case CAR -> 10;
      case BARRIER -> 8;
      case BUILDING -> 5;
      case CONCRETE -> -5;
      case TRUNK -> -8;
      case FOLIAGE -> -12;
      case GRASS -> -20;
      default -> -25; // asphalt and road paint: a smooth surface reflects away from the radar
    };
  }

  /** Probability that a return of {@code rcs} dBsm is reported: 0 at -15 dBsm, at most 0.9. */
  static double detection(double rcs) {
    return Math.max(0, Math.min(0.9, (rcs + 15) / 25));
  }

  /**
   * The world velocity (vx, vy) of what {@code hit} hit: a moving car's (the box of {@code movers}
   * that holds the hit, and the nearest box of {@code later}, {@code dt} seconds on), else zero.
   */
  static double[] targetVelocity(Hit hit, double[] movers, double[] later, double dt) {
    if (hit.material != Material.CAR) {
      return new double[2];
    }
    for (int o = 0; o + 7 < movers.length; o += 8) {
      double rx = hit.x - movers[o], ry = hit.y - movers[o + 1];
      double along = rx * movers[o + 2] + ry * movers[o + 3];
      double across = -rx * movers[o + 3] + ry * movers[o + 2];
      if (Math.abs(along) <= movers[o + 4] + 0.2 && Math.abs(across) <= movers[o + 5] + 0.2) {
        return nearestMove(movers[o], movers[o + 1], later, dt);
      }
    }
    return new double[2]; // a parked car
  }

  private static double[] nearestMove(double x, double y, double[] later, double dt) {
    double best = 3, vx = 0, vy = 0;
    for (int o = 0; o + 7 < later.length; o += 8) {
      double d = Math.hypot(later[o] - x, later[o + 1] - y);
      if (d < best) {
        best = d;
        vx = (later[o] - x) / dt;
        vy = (later[o + 1] - y) / dt;
      }
    }
    return new double[] {vx, vy};
  }
}
