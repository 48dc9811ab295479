package dev.mapsmith.sampledrives;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.map.MapOrigins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drivelog KITTI reader reads what the generator writes: with no pose noise, the reader's
 * vehicle poses at the sweep times are the generator's true poses (ground_truth/poses_true.txt),
 * and the sweep and point counts are those the generator reported.
 */
class ReadBackTest {

  /**
   * Noise-free: the only differences are the printed digits of the OXTS values and the ENU round
   * trip between the first fix and the scenario origin (measured: below 1 µm).
   */
  private static final double POSITION_TOLERANCE_M = 0.001;

  /** The OXTS yaw is written from the true yaw; only printing digits may differ. */
  private static final double YAW_TOLERANCE_RAD = 1e-6;

  @TempDir Path tmp;

  @Test
  void kittiReaderReproducesTheTruePosesAndTheReportedCounts() throws Exception {
    GenerateRequest r =
        GenerateRequest.scenario("suburb")
            .withDuration(1.2)
            .withLidar(32, false)
            .withPoseNoise(PoseNoise.NONE)
            .withThreads(1);
    GeneratedDrive g = SampleDrives.generate(r, tmp.resolve("d"), ProgressMonitor.NONE);
    GeoOrigin truthOrigin = MapOrigins.read(g.drive().resolve("ground_truth/origin.json"));
    EnuProjection truthEnu = new EnuProjection(truthOrigin);
    List<String> truth =
        Files.readAllLines(g.drive().resolve("ground_truth/poses_true.txt")).stream()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .toList();

    try (DriveLog log = DriveLogs.openStrict(g.drive())) {
      assertThat(log.metadata().format()).isEqualTo("kitti");
      assertThat(log.sweeps()).hasSize(g.sweeps()).hasSize(truth.size()).hasSize(12);
      long points = 0;
      for (LidarSweep s : log.sweeps()) {
        int decoded = s.load().size();
        assertThat(s.pointCount()).isEqualTo(decoded);
        points += decoded;
      }
      assertThat(points).isEqualTo(g.points());

      EnuProjection driveEnu = ((LocalEnuFrame) log.metadata().frame()).projection();
      double maxPos = 0, maxYaw = 0;
      for (int k = 0; k < truth.size(); k++) {
        String[] f = truth.get(k).trim().split("\\s+");
        long ns = Long.parseLong(f[0]);
        assertThat(log.sweeps().get(k).timestampNs()).as("sweep %d time", k).isEqualTo(ns);
        RigidTransform expected =
            new RigidTransform(
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                Double.parseDouble(f[6]),
                Double.parseDouble(f[7]),
                Double.parseDouble(f[1]),
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]));
        RigidTransform read = log.trajectory().at(ns);
        // the reader's ENU frame sits at the first OXTS fix; bring its position into the truth's
        Point3 p = truthEnu.toEnu(driveEnu.toGeodetic(new Point3(read.tx(), read.ty(), read.tz())));
        double dPos =
            Math.sqrt(
                sq(p.x() - expected.tx()) + sq(p.y() - expected.ty()) + sq(p.z() - expected.tz()));
        double dYaw = Math.abs(Math.IEEEremainder(read.yaw() - expected.yaw(), 2 * Math.PI));
        maxPos = Math.max(maxPos, dPos);
        maxYaw = Math.max(maxYaw, dYaw);
      }
      assertThat(maxPos).as("largest position error, m").isLessThan(POSITION_TOLERANCE_M);
      assertThat(maxYaw).as("largest yaw error, rad").isLessThan(YAW_TOLERANCE_RAD);
    }
  }

  private static double sq(double v) {
    return v * v;
  }
}
