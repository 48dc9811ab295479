package dev.mapsmith.sampledrives.sensor;

import dev.mapsmith.drivelog.RadarPoints;
import dev.mapsmith.sampledrives.scene.Hit;
import dev.mapsmith.sampledrives.scene.Scene;
import java.util.SplittableRandom;

/**
 * Simulates one front radar reading (like nuScenes' {@code RADAR_FRONT}): a fan of rays across ±45°
 * at two elevations from the bumper; each hit becomes a return with some probability that grows
 * with its radar cross-section ({@link RadarEchoes}: metal high, asphalt near zero, so the returns
 * are sparse), with range, azimuth and velocity noise. The radial (Doppler) velocity of a return is
 * that of the target relative to the radar; the compensated one is the target's own, so parked
 * cars, barriers and walls are stationary (dyn_prop 1) and moving traffic is moving (0) or oncoming
 * (2). Returns are in the radar frame (x forward, y left), as the nuScenes layout has them.
 */
public final class RadarSimulator {

  static final double HALF_FOV_DEG = 45;
  static final int RAYS = 91;
  static final double[] ELEVATIONS_DEG = {0, -1.5};
  static final double MAX_RANGE = 100;
  static final double RANGE_SIGMA = 0.15;
  static final double AZIMUTH_SIGMA_DEG = 0.3;
  static final double VELOCITY_SIGMA = 0.1;

  /** A target moving faster than this (m/s) is reported as moving. */
  static final double MOVING = 0.5;

  /** Seconds between the two traffic states whose difference gives a car's velocity. */
  private static final double DT = 0.05;

  private final Scene scene;
  private final VehicleMotion motion;

  public RadarSimulator(Scene scene, VehicleMotion motion) {
    this.scene = scene;
    this.motion = motion;
  }

  /** The returns of one reading at {@code t} seconds. */
  public RadarPoints reading(double t, SplittableRandom rng) {
    VehicleMotion.State s = motion.at(t);
    double c = Math.cos(s.yaw()), sn = Math.sin(s.yaw());
    double[] m = Rig.RADAR_IN_VEHICLE;
    double ox = s.x() + c * m[0] - sn * m[1], oy = s.y() + sn * m[0] + c * m[1];
    double oz = VehicleMotion.IMU_HEIGHT + m[2];
    double egoVx = s.speed() * c, egoVy = s.speed() * sn;
    double[] movers = scene.traffic().boxesAt(t), later = scene.traffic().boxesAt(t + DT);
    RadarPoints out = RadarPoints.allocate(RAYS * ELEVATIONS_DEG.length);
    int n = 0;
    Hit hit = new Hit();
    for (double elevDeg : ELEVATIONS_DEG) {
      double e = Math.toRadians(elevDeg);
      for (int j = 0; j < RAYS; j++) {
        double a = Math.toRadians(-HALF_FOV_DEG + 2 * HALF_FOV_DEG * j / (RAYS - 1));
        double lx = Math.cos(e) * Math.cos(a), ly = Math.cos(e) * Math.sin(a);
        double dx = c * lx - sn * ly, dy = sn * lx + c * ly;
        if (!scene.cast(ox, oy, oz, dx, dy, Math.sin(e), MAX_RANGE, hit, movers)) {
          continue;
        }
        double rcs = RadarEchoes.rcs(hit.material) + 2 * rng.nextGaussian();
        if (rng.nextDouble() >= RadarEchoes.detection(rcs)) {
          continue;
        }
        double[] v = RadarEchoes.targetVelocity(hit, movers, later, DT);
        double az = a + Math.toRadians(AZIMUTH_SIGMA_DEG) * rng.nextGaussian();
        double r = hit.t + RANGE_SIGMA * rng.nextGaussian();
        double ux = dx / Math.hypot(dx, dy), uy = dy / Math.hypot(dx, dy);
        double own = v[0] * ux + v[1] * uy;
        double radial = own - (egoVx * ux + egoVy * uy) + VELOCITY_SIGMA * rng.nextGaussian();
        double compensated = own + VELOCITY_SIGMA * rng.nextGaussian();
        out.x()[n] = (float) (r * Math.cos(e) * Math.cos(az));
        out.y()[n] = (float) (r * Math.cos(e) * Math.sin(az));
        out.z()[n] = (float) (r * Math.sin(e));
        out.rcs()[n] = (float) rcs;
        out.vx()[n] = (float) (radial * Math.cos(az));
        out.vy()[n] = (float) (radial * Math.sin(az));
        out.vxComp()[n] = (float) (compensated * Math.cos(az));
        out.vyComp()[n] = (float) (compensated * Math.sin(az));
        boolean moving = Math.hypot(v[0], v[1]) > MOVING;
        out.dynProp()[n] = (byte) (!moving ? 1 : own < 0 ? 2 : 0);
        n++;
      }
    }
    final int size = n;
    return out.select(i -> i < size);
  }
}
