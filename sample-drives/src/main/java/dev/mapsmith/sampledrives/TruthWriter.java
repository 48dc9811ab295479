package dev.mapsmith.sampledrives;

import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.map.Lanelet2Output;
import dev.mapsmith.sampledrives.sensor.VehicleMotion;
import dev.mapsmith.sampledrives.world.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes ground_truth/: map.osm (Lanelet2) with its map_projector_info.yaml, origin.json,
 * poses_true.txt (vehicle pose at each sweep timestamp) and poses_true.csv (100 Hz), all in the ENU
 * frame of the origin.
 */
final class TruthWriter {

  private TruthWriter() {}

  static Path write(Path truthDir, Scenario s, VehicleMotion motion, double duration, int sweeps)
      throws IOException {
    Files.createDirectories(truthDir);
    Path map = truthDir.resolve("map.osm");
    Lanelet2Output.write(s.truth(), new LocalEnuFrame(s.origin()), map);
    Files.writeString(
        truthDir.resolve("origin.json"),
        String.format(
            Locale.ROOT,
            "{\"lat\": %.10f, \"lon\": %.10f, \"alt\": %.4f}\n",
            s.origin().latDeg(),
            s.origin().lonDeg(),
            s.origin().altM()));
    StringBuilder perSweep =
        new StringBuilder("# timestamp_ns x y z qw qx qy qz (vehicle=IMU frame to ENU)\n");
    for (int k = 0; k < sweeps; k++) {
      double t = k * 0.1 + 0.05;
      perSweep.append(line(kittiNs(t), motion.at(t), ' ')).append('\n');
    }
    Files.writeString(truthDir.resolve("poses_true.txt"), perSweep.toString());
    StringBuilder dense = new StringBuilder("timestamp_ns,x,y,z,qw,qx,qy,qz\n");
    int n = (int) Math.floor(duration * 100);
    for (int i = 0; i <= n; i++) {
      double t = i / 100.0;
      dense.append(line(kittiNs(t), motion.at(t), ',')).append('\n');
    }
    Files.writeString(truthDir.resolve("poses_true.csv"), dense.toString());
    return map;
  }

  static long kittiNs(double t) {
    return dev.mapsmith.sampledrives.kitti.KittiTime.ns(t);
  }

  private static String line(long ns, VehicleMotion.State s, char sep) {
    RigidTransform p =
        RigidTransform.fromEuler(0, 0, s.yaw(), s.x(), s.y(), VehicleMotion.IMU_HEIGHT);
    return String.format(
        Locale.ROOT,
        "%d%c%.6f%c%.6f%c%.6f%c%.9f%c%.9f%c%.9f%c%.9f",
        ns,
        sep,
        p.tx(),
        sep,
        p.ty(),
        sep,
        p.tz(),
        sep,
        p.qw(),
        sep,
        p.qx(),
        sep,
        p.qy(),
        sep,
        p.qz());
  }
}
