package dev.mapsmith.app.ops;

import dev.mapsmith.app.port.DemoDrivePort;
import dev.mapsmith.app.port.ReconstructionPort;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.reconstruction.ReconstructionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prepares the demo: the demo drive (generated on first use), a project beside the user's data
 * (created in the drive's frame, or reused), and one reconstructed area (the middle third of the
 * drive) when the project has none yet, so that the window opens ready to edit.
 */
public final class DemoSetup {

  /**
   * What the demo opens: the project, its drive, the primitives in it, whether this run added them.
   */
  public record Result(Path project, Path drive, int primitives, boolean reconstructed) {}

  private DemoSetup() {}

  /** {@code $XDG_DATA_HOME/mapsmith/demo/demo.mapsmith}, else under {@code ~/.local/share}. */
  public static Path defaultProject() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path data =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return data.resolve("mapsmith").resolve("demo").resolve("demo.mapsmith");
  }

  /**
   * @param drive the drive to use, or null for the demo drive from {@code demo} (generated into
   *     {@code cacheDir} on first use)
   */
  public static Result prepare(
      Path drive,
      Path cacheDir,
      DemoDrivePort demo,
      Path projectFile,
      ReconstructionPort reconstruction,
      ProgressMonitor monitor)
      throws Exception {
    Path d = drive;
    if (d == null) {
      if (!demo.availability().available()) {
        throw new IllegalStateException("no demo drive: " + demo.availability().reason());
      }
      d = demo.ensure(cacheDir, monitor.slice(0, 0.7));
    }
    monitor.checkCancelled();
    monitor.progress(0.7, "opening the demo project");
    Files.createDirectories(projectFile.toAbsolutePath().getParent());
    try (DriveLog log = DriveLogs.open(d);
        Project p =
            Files.exists(projectFile)
                ? Project.open(projectFile)
                : Project.create(projectFile, log.metadata().frame())) {
      boolean reconstruct = p.areas().isEmpty();
      if (reconstruct) {
        Bounds2 area = middleThird(log);
        ReconstructionResult r = reconstruction.run(List.of(log), area, monitor.slice(0.72, 0.98));
        monitor.checkCancelled();
        ReconstructionImport.into(p, List.of(log), List.of(d), r, area, "demo area");
      }
      monitor.progress(1, "demo ready");
      return new Result(projectFile, d, p.map().primitives().size(), reconstruct);
    }
  }

  /** The box around the middle third of the trajectory, 20 m around. */
  static Bounds2 middleThird(DriveLog log) {
    List<TimedPose> poses = log.trajectory().poses();
    if (poses.isEmpty()) {
      throw new IllegalArgumentException(log.metadata().path() + ": the drive has no poses");
    }
    Bounds2 b = Bounds2.EMPTY;
    int from = poses.size() / 3, to = Math.max(from + 1, 2 * poses.size() / 3);
    for (int i = from; i < to; i++) {
      b = b.include(poses.get(i).vehicleToWorld().tx(), poses.get(i).vehicleToWorld().ty());
    }
    return b.expand(20);
  }
}
