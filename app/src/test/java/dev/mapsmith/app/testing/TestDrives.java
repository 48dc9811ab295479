package dev.mapsmith.app.testing;

import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.DriveOpener;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.TimedPose;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small in-memory drive for UI tests: the vehicle drives straight east at 10 m/s, one pose per
 * 0.1 s, no sensors. Counts how often it was closed.
 */
public final class TestDrives {

  private TestDrives() {}

  public static final class StraightDrive implements DriveLog {
    private final DriveMetadata metadata;
    private final PoseTrajectory trajectory;
    public final AtomicInteger closed = new AtomicInteger();

    StraightDrive(Path path, int poses) {
      List<TimedPose> list = new ArrayList<>();
      for (int i = 0; i < poses; i++) {
        list.add(new TimedPose(i * 100_000_000L, RigidTransform.fromEuler(0, 0, 0, i, 0, 0)));
      }
      trajectory = new PoseTrajectory(list);
      metadata =
          new DriveMetadata(
              "straight-" + poses,
              "test",
              path,
              new NamedLocalFrame("TEST"),
              0,
              (poses - 1) * 100_000_000L,
              List.of());
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
      return List.of();
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
    public void close() {
      closed.incrementAndGet();
    }
  }

  /**
   * A real KITTI raw drive made by the sample-drives simulator: the {@code straight} scenario, 1.5
   * s, 32 beams, seed 1 (about 2 s to make). Returns the drive folder.
   */
  public static Path generatedStraight(Path outDir) throws Exception {
    return dev.mapsmith.sampledrives.SampleDrives.generate(
            dev.mapsmith.sampledrives.GenerateRequest.scenario("straight")
                .withDuration(1.5)
                .withLidar(32, true),
            outDir,
            dev.mapsmith.core.task.ProgressMonitor.NONE)
        .drive();
  }

  private static Path shared;

  /**
   * One generated straight drive shared by the test classes of this JVM (made once, about 2 s;
   * deleted when the JVM exits). Read only: tests must not change it.
   */
  public static synchronized Path sharedStraight() throws Exception {
    if (shared == null) {
      Path dir = java.nio.file.Files.createTempDirectory("mapsmith-test-drive");
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try (var walk = java.nio.file.Files.walk(dir)) {
                      walk.sorted(java.util.Comparator.reverseOrder())
                          .forEach(p -> p.toFile().delete());
                    } catch (java.io.IOException e) {
                      // a temporary folder left behind
                    }
                  }));
      shared = generatedStraight(dir.resolve("drive"));
    }
    return shared;
  }

  public static StraightDrive straight(Path path, int poses) {
    return new StraightDrive(path, poses);
  }

  /** An opener that opens any existing path as a straight drive with {@code poses} poses. */
  public static DriveOpener opener(int poses) {
    return new DriveOpener() {
      @Override
      public Availability availability() {
        return Availability.AVAILABLE;
      }

      @Override
      public DriveLog open(Path path) {
        return straight(path, poses);
      }
    };
  }
}
