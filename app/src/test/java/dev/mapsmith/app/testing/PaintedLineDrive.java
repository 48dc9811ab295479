package dev.mapsmith.app.testing;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.TimedPose;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory drive in the {@link LabelerProjects} frame ("TEST") whose lidar sees flat asphalt
 * (intensity 0.12) over x {@value #X0}..{@value #X1}, y -3..3 m, with one painted line 0.15 m wide
 * (intensity 0.85) along x at y = {@value #PAINT_Y}: 0.23 m north of the fixture's divider B. Two
 * sweeps of ground points every 5 cm, already in the world frame; the vehicle drives east along y =
 * -2.
 */
public final class PaintedLineDrive implements DriveLog {

  public static final double X0 = 50, X1 = 75, PAINT_Y = 0.23, PAINT_WIDTH = 0.15;

  private final DriveMetadata metadata;
  private final PoseTrajectory trajectory;

  public PaintedLineDrive(Path path) {
    List<TimedPose> poses = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      poses.add(new TimedPose(i * 100_000_000L, RigidTransform.fromEuler(0, 0, 0, X0 + i, -2, 0)));
    }
    trajectory = new PoseTrajectory(poses);
    metadata =
        new DriveMetadata(
            "painted-line",
            "test",
            path,
            new NamedLocalFrame("TEST"),
            0,
            2_500_000_000L,
            List.of());
  }

  /** Ground points every 5 cm; the second sweep is shifted by 2.5 cm both ways. */
  private static PointCloud ground(double offset) {
    int nx = (int) Math.round((X1 - X0) / 0.05), ny = 120;
    PointCloud c = PointCloud.allocate(nx * ny, false);
    int k = 0;
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        double x = X0 + 0.05 * i + offset, y = -3 + 0.05 * j + offset;
        c.x()[k] = (float) x;
        c.y()[k] = (float) y;
        c.z()[k] = 0f;
        c.intensity()[k] = Math.abs(y - PAINT_Y) <= PAINT_WIDTH / 2 ? 0.85f : 0.12f;
        k++;
      }
    }
    return c;
  }

  private record Sweep(int index, double offset) implements LidarSweep {
    @Override
    public long timestampNs() {
      return index * 1_000_000_000L;
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
      return ground(offset);
    }

    @Override
    public PointCloud loadInWorld(PoseTrajectory trajectory) {
      return ground(offset); // the points are made in the world frame
    }
  }

  @Override
  public DriveMetadata metadata() {
    return metadata;
  }

  @Override
  public PoseTrajectory trajectory() {
    return trajectory;
  }

  @Override
  public List<LidarSweep> sweeps() {
    return List.of(new Sweep(0, 0.0125), new Sweep(1, 0.0375));
  }

  @Override
  public List<CameraStream> cameras() {
    return List.of();
  }

  @Override
  public SignalSeries signals() {
    return SignalSeries.EMPTY;
  }

  @Override
  public List<SkippedFrame> skipped() {
    return List.of();
  }

  @Override
  public void close() {}
}
