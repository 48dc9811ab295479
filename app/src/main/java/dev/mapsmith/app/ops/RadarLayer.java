package dev.mapsmith.app.ops;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.RadarPoints;
import dev.mapsmith.drivelog.RadarSweep;
import dev.mapsmith.viewer3d.RadarReturns;
import java.util.ArrayList;
import java.util.List;

/**
 * A drive's radar readings as the viewer's radar layer: every radar's reading nearest a time
 * (within half a radar period), moved into the world frame through the vehicle pose at the
 * reading's time and the radar's mount; velocities are the ego-motion-compensated ones, rotated
 * into the world, and a return is moving when the radar says so (dyn_prop 0, 2, 6).
 */
public final class RadarLayer {

  /** Readings further than this from the asked time are left out (radars run at 13–20 Hz). */
  static final long WINDOW_NS = 50_000_000L;

  private RadarLayer() {}

  /** One layer per radar with a reading within {@link #WINDOW_NS} of {@code timeNs}. */
  public static List<RadarReturns> near(DriveLog drive, long timeNs) throws DriveLogException {
    List<RadarReturns> out = new ArrayList<>();
    for (RadarSweep s : nearestPerSensor(drive.radar(), timeNs)) {
      out.add(inWorld(s, drive.trajectory().at(s.timestampNs()).compose(s.sensorToVehicle())));
    }
    return out;
  }

  static List<RadarSweep> nearestPerSensor(List<RadarSweep> all, long timeNs) {
    java.util.Map<String, RadarSweep> best = new java.util.TreeMap<>();
    for (RadarSweep s : all) {
      long d = Math.abs(s.timestampNs() - timeNs);
      RadarSweep b = best.get(s.sensor());
      if (d <= WINDOW_NS && (b == null || d < Math.abs(b.timestampNs() - timeNs))) {
        best.put(s.sensor(), s);
      }
    }
    return List.copyOf(best.values());
  }

  /** A reading's returns moved by {@code radarToWorld}. */
  static RadarReturns inWorld(RadarSweep s, RigidTransform radarToWorld) throws DriveLogException {
    RadarPoints p = s.load();
    int n = p.size();
    float[] x = new float[n], y = new float[n], z = new float[n], vx = new float[n];
    float[] vy = new float[n];
    boolean[] moving = new boolean[n];
    RigidTransform rotation =
        new RigidTransform(
            radarToWorld.qw(), radarToWorld.qx(), radarToWorld.qy(), radarToWorld.qz(), 0, 0, 0);
    for (int i = 0; i < n; i++) {
      Point3 w = radarToWorld.apply(new Point3(p.x()[i], p.y()[i], p.z()[i]));
      Point3 v = rotation.apply(new Point3(p.vxComp()[i], p.vyComp()[i], 0));
      x[i] = (float) w.x();
      y[i] = (float) w.y();
      z[i] = (float) w.z();
      vx[i] = (float) v.x();
      vy[i] = (float) v.y();
      moving[i] = p.isMoving(i);
    }
    return new RadarReturns(n, x, y, z, java.util.Arrays.copyOf(p.rcs(), n), vx, vy, moving);
  }
}
