package dev.mapsmith.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PointClouds;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SimpleDriveLog;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.reconstruction.confidence.ConfidenceCalibration;
import dev.mapsmith.reconstruction.sweep.RingSweep;
import dev.mapsmith.reconstruction.sweep.RingSweep.Paint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the classical reconstruction falls back on the single-sweep detector, and what it adds. */
class SweepLinesTest {

  private static final double YAW = -0.4;

  /**
   * One synthetic ring sweep of two lane lines, from a vehicle at (100, 50) heading {@link #YAW}.
   */
  private static SimpleDriveLog oneSweep() {
    List<Paint> paint = List.of(new Paint(-40, 1.8, 40, 1.8), new Paint(-40, -1.7, 40, -1.7));
    PointCloud local = RingSweep.sweep(paint, 0, 0, 0, 0, 7);
    PoseTrajectory poses =
        new PoseTrajectory(
            List.of(new TimedPose(0, RigidTransform.fromEuler(0, 0, YAW, 100, 50, 0))));
    LidarSweep sweep =
        new LidarSweep() {
          @Override
          public int index() {
            return 0;
          }

          @Override
          public long timestampNs() {
            return 0;
          }

          @Override
          public String sensor() {
            return "lidar";
          }

          @Override
          public RigidTransform sensorToVehicle() {
            return RigidTransform.IDENTITY;
          }

          @Override
          public PointCloud load() {
            PointCloud c = PointCloud.allocate(local.size(), false);
            System.arraycopy(local.x(), 0, c.x(), 0, local.size());
            System.arraycopy(local.y(), 0, c.y(), 0, local.size());
            System.arraycopy(local.z(), 0, c.z(), 0, local.size());
            System.arraycopy(local.intensity(), 0, c.intensity(), 0, local.size());
            return c;
          }

          @Override
          public PointCloud loadInWorld(PoseTrajectory trajectory) {
            return PointClouds.transformInPlace(load(), trajectory.at(0));
          }
        };
    DriveMetadata meta =
        new DriveMetadata(
            "one-sweep",
            "synthetic",
            Path.of("one-sweep"),
            new NamedLocalFrame("t"),
            0,
            0,
            List.of("lidar"));
    return new SimpleDriveLog(
        meta, poses, List.of(sweep), List.of(), SignalSeries.EMPTY, List.of());
  }

  @Test
  void aSingleSweepGetsItsDividersFromTheSweepDetector() throws Exception {
    ReconstructionResult r =
        Reconstruction.run(
            List.of(oneSweep()),
            null,
            ReconstructionConfig.defaults(),
            ConfidenceCalibration.none(), // the detector's own confidence, before calibration
            ProgressMonitor.NONE);
    List<Primitive> dividers =
        r.primitives().stream().filter(p -> p.mapClass() == MapClass.DIVIDER).toList();
    assertThat(dividers).hasSize(2);
    double c = Math.cos(YAW), s = Math.sin(YAW);
    for (Primitive p : dividers) {
      assertThat(p.provenance().method()).isEqualTo(SweepLines.METHOD);
      assertThat(p.provenance().parameters()).contains("\"minRings\":3");
      assertThat(p.confidence()).isGreaterThan(0.8);
      for (int i = 0; i < p.geometry().size(); i++) {
        double dx = p.geometry().x(i) - 100, dy = p.geometry().y(i) - 50;
        double v = -dx * s + dy * c;
        assertThat(Math.min(Math.abs(v - 1.8), Math.abs(v + 1.7))).isLessThan(0.2);
      }
    }
    assertThat(r.notes()).anyMatch(n -> n.contains("single-sweep lane-line detector added 2"));
  }

  @Test
  void aDenseDriveDoesNotUseIt() throws Exception {
    SyntheticRoad road = new SyntheticRoad("road", 40_000, 1, 0, 1);
    ReconstructionResult r =
        Reconstruction.run(
            List.of(road), null, ReconstructionConfig.defaults(), ProgressMonitor.NONE);
    assertThat(r.primitives())
        .isNotEmpty()
        .noneMatch(p -> p.provenance().method().equals(SweepLines.METHOD));
    assertThat(r.notes()).noneMatch(n -> n.contains("single-sweep"));
  }

  @Test
  void aCloudLargerThanAScanIsNotSearchedRingByRing() {
    // an accumulated cloud (a PCD map) as the one "sweep": no rings, and a ring search without end
    LidarSweep none = oneSweep().sweeps().get(0);
    SelectedSweep only =
        new SelectedSweep(0, none, RigidTransform.IDENTITY, RigidTransform.IDENTITY);
    SweepLines lines = SweepLines.forSelection(List.of(only), ReconstructionConfig.defaults());
    assertThat(lines.active()).isTrue();
    int n = SweepLines.MAX_SCAN_POINTS + 1;
    lines.detect(
        0,
        PointCloud.allocate(n, false),
        RigidTransform.IDENTITY,
        0,
        RigidTransform.IDENTITY,
        new dev.mapsmith.core.geom.Bounds2(-50, -50, 50, 50));
    assertThat(lines.describe())
        .contains("1 of them held over " + SweepLines.MAX_SCAN_POINTS + " points")
        .contains("not searched");
  }
}
