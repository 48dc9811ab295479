package dev.mapsmith.reconstruction.sweep;

import dev.mapsmith.drivelog.PointCloud;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic single sweep of a 32-beam lidar (VLP-32C angles) over flat ground: each beam meets
 * the ground on a circle (a ring), sampled every 0.2° of azimuth. Asphalt is dark, with a gain that
 * differs from beam to beam; painted lines (given in the vehicle frame: u along the heading, v to
 * the left) are bright where a ring crosses them. Points are returned in the world frame of a
 * vehicle at (x, y) heading {@code yaw}.
 */
public final class RingSweep {

  public static final double HEIGHT = 1.9;

  /** A painted line from (u0, v0) to (u1, v1), 0.15 m wide. */
  public record Paint(double u0, double v0, double u1, double v1) {

    double distance(double u, double v) {
      double du = u1 - u0, dv = v1 - v0, len2 = du * du + dv * dv;
      double t = Math.max(0, Math.min(1, ((u - u0) * du + (v - v0) * dv) / len2));
      return Math.hypot(u - u0 - t * du, v - v0 - t * dv);
    }
  }

  private RingSweep() {}

  /** The downward beams of a VLP-32C (degrees below the horizon); the others miss the ground. */
  static final double[] BEAMS = {
    25, 15.639, 11.31, 8.843, 7.254, 6.148, 5.333, 4.667, 4, 3.667, 3.333, 3, 2.667, 2.333
  };

  /** Ground ranges of the beams that reach the ground between 4 and 45 m. */
  public static double[] ringRanges() {
    List<Double> out = new ArrayList<>();
    for (double beam : BEAMS) {
      double down = Math.toRadians(beam);
      if (down > 0) {
        double r = HEIGHT / Math.tan(down);
        if (r >= 4 && r <= 45) {
          out.add(r);
        }
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * The sweep: rings over flat ground at height 0, paint bright, {@code saltShare} of the asphalt
   * points made paint-bright at random (noise), seeded.
   */
  public static PointCloud sweep(
      List<Paint> paint, double x, double y, double yaw, double saltShare, long seed) {
    Random rnd = new Random(seed);
    double[] rings = ringRanges();
    int perRing = 1800;
    PointCloud out = PointCloud.allocate(rings.length * perRing, false);
    double c = Math.cos(yaw), s = Math.sin(yaw);
    int k = 0;
    for (double r : rings) {
      double gain = 0.7 + 0.6 * rnd.nextDouble();
      for (int a = 0; a < perRing; a++) {
        double az = 2 * Math.PI * a / perRing;
        double u = r * Math.cos(az), v = r * Math.sin(az);
        double in = gain * (0.03 + 0.01 * rnd.nextDouble());
        boolean painted = false;
        for (Paint p : paint) {
          painted |= p.distance(u, v) <= 0.075;
        }
        if (painted || rnd.nextDouble() < saltShare) {
          in = gain * (0.35 + 0.1 * rnd.nextDouble());
        }
        out.x()[k] = (float) (x + u * c - v * s);
        out.y()[k] = (float) (y + u * s + v * c);
        out.z()[k] = (float) (0.01 * rnd.nextGaussian());
        out.intensity()[k] = (float) Math.min(1, in);
        k++;
      }
    }
    return out;
  }
}
