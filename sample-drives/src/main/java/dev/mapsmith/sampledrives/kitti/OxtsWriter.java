package dev.mapsmith.sampledrives.kitti;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.sampledrives.sensor.VehicleMotion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes oxts/data/NNNNNNNNNN.txt (30 values), oxts/timestamps.txt and oxts/dataformat.txt. */
public final class OxtsWriter {

  /** One record's measured values: position error (m) and heading error (rad) already applied. */
  public record Measured(
      VehicleMotion.State truth,
      double ex,
      double ey,
      double eyaw,
      double[] accelNoise,
      double[] gyroNoise) {}

  private static final String[] FIELDS = {
    "lat:   latitude of the oxts-unit (deg)",
    "lon:   longitude of the oxts-unit (deg)",
    "alt:   altitude of the oxts-unit (m)",
    "roll:  roll angle (rad),  0 = level, positive = left side up (-pi..pi)",
    "pitch: pitch angle (rad), 0 = level, positive = front down (-pi/2..pi/2)",
    "yaw:   heading (rad),     0 = east,  positive = counter clockwise (-pi..pi)",
    "vn:    velocity towards north (m/s)",
    "ve:    velocity towards east (m/s)",
    "vf:    forward velocity, i.e. parallel to earth-surface (m/s)",
    "vl:    leftward velocity, i.e. parallel to earth-surface (m/s)",
    "vu:    upward velocity, i.e. perpendicular to earth-surface (m/s)",
    "ax:    acceleration in x, i.e. in direction of vehicle front (m/s^2)",
    "ay:    acceleration in y, i.e. in direction of vehicle left (m/s^2)",
    "az:    acceleration in z, i.e. in direction of vehicle top (m/s^2)",
    "af:    forward acceleration (m/s^2)",
    "al:    leftward acceleration (m/s^2)",
    "au:    upward acceleration (m/s^2)",
    "wx:    angular rate around x (rad/s)",
    "wy:    angular rate around y (rad/s)",
    "wz:    angular rate around z (rad/s)",
    "wf:    angular rate around forward axis (rad/s)",
    "wl:    angular rate around leftward axis (rad/s)",
    "wu:    angular rate around upward axis (rad/s)",
    "pos_accuracy:  velocity accuracy (north/east in m)",
    "vel_accuracy:  velocity accuracy (north/east in m/s)",
    "navstat:       navigation status (see navstat_to_string)",
    "numsats:       number of satellites tracked by primary GPS receiver",
    "posmode:       position mode of primary GPS receiver (see gps_mode_to_string)",
    "velmode:       velocity mode of primary GPS receiver (see gps_mode_to_string)",
    "orimode:       orientation mode of primary GPS receiver (see gps_mode_to_string)"
  };

  private OxtsWriter() {}

  public static void write(
      Path oxtsDir,
      GeoOrigin origin,
      List<Measured> records,
      List<Long> timesNs,
      int satellites,
      double accuracyM,
      int mode)
      throws IOException {
    Path data = Files.createDirectories(oxtsDir.resolve("data"));
    EnuProjection p = new EnuProjection(origin);
    StringBuilder stamps = new StringBuilder();
    for (int k = 0; k < records.size(); k++) {
      Measured m = records.get(k);
      VehicleMotion.State s = m.truth();
      GeoOrigin g =
          p.toGeodetic(new Point3(s.x() + m.ex(), s.y() + m.ey(), VehicleMotion.IMU_HEIGHT));
      double yaw = Math.atan2(Math.sin(s.yaw() + m.eyaw()), Math.cos(s.yaw() + m.eyaw()));
      double v = s.speed(), lat = v * s.yawRate();
      double[] an = m.accelNoise(), wn = m.gyroNoise();
      double[] vals = {
        g.latDeg(),
        g.lonDeg(),
        g.altM(),
        0,
        0,
        yaw,
        v * Math.sin(yaw),
        v * Math.cos(yaw),
        v,
        0,
        0,
        s.accel() + an[0],
        lat + an[1],
        9.81 + an[2],
        s.accel() + an[0],
        lat + an[1],
        9.81 + an[2],
        wn[0],
        wn[1],
        s.yawRate() + wn[2],
        wn[0],
        wn[1],
        s.yawRate() + wn[2],
        accuracyM,
        accuracyM / 10,
        4,
        satellites,
        mode,
        mode,
        mode
      };
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < vals.length; i++) {
        if (i > 0) {
          line.append(' ');
        }
        line.append(
            i >= 25
                ? String.valueOf((int) vals[i])
                : String.format(Locale.ROOT, i < 2 ? "%.14f" : "%.12g", vals[i]));
      }
      Files.writeString(data.resolve(String.format(Locale.ROOT, "%010d.txt", k)), line + "\n");
      stamps.append(KittiTime.format(timesNs.get(k))).append('\n');
    }
    Files.writeString(oxtsDir.resolve("timestamps.txt"), stamps.toString());
    Files.writeString(oxtsDir.resolve("dataformat.txt"), String.join("\n", FIELDS) + "\n");
  }
}
