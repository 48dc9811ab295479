package dev.mapsmith.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A simulated drive's true pose error: the simulator writes {@code ground_truth/poses_true.txt}
 * (true vehicle poses in the world's ENU frame, {@code origin.json}); the drive's own poses minus
 * the true ones, averaged over the poses inside a tile, is the offset alignment should find. Drives
 * without these files (real ones) have no truth offset.
 */
final class SimulatorTruth {

  private SimulatorTruth() {}

  /** The mean pose error {dx, dy} in {@code frame} over poses inside {@code polygon}, or null. */
  static double[] offset(Path drive, DriveLog log, FrameOfReference frame, double[][] polygon)
      throws IOException {
    Path poses = drive.resolve("ground_truth/poses_true.txt");
    Path origin = drive.resolve("ground_truth/origin.json");
    if (!Files.isRegularFile(poses) || !Files.isRegularFile(origin)) {
      return null;
    }
    JsonNode o = new ObjectMapper().readTree(origin.toFile());
    FrameOfReference truthFrame =
        new LocalEnuFrame(
            new GeoOrigin(
                o.get("lat").asDouble(), o.get("lon").asDouble(), o.get("alt").asDouble()));
    RigidTransform truthTo = FrameAlignment.rigid(truthFrame, frame);
    RigidTransform driveTo = FrameAlignment.rigid(log.metadata().frame(), frame);
    double sx = 0, sy = 0;
    int n = 0;
    List<String> lines = Files.readAllLines(poses);
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      long ns = Long.parseLong(f[0]);
      var t =
          truthTo.apply(
              new dev.mapsmith.core.geom.Point3(
                  Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
      if (!ConvexClip.inside(t.x(), t.y(), polygon)) {
        continue;
      }
      RigidTransform m = driveTo.compose(log.trajectory().at(ns));
      sx += m.tx() - t.x();
      sy += m.ty() - t.y();
      n++;
    }
    return n == 0 ? null : new double[] {sx / n, sy / n};
  }
}
