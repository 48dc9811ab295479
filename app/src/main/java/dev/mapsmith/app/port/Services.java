package dev.mapsmith.app.port;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.Reconstruction;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.ReconstructionResult;
import dev.mapsmith.reconstruction.learned.LearnedReconstruction;
import dev.mapsmith.sampledrives.DemoDrive;
import java.nio.file.Path;
import java.util.List;

/**
 * The modules the app talks to, behind its own ports, so that ViewModels are tested with small
 * implementations and a module that is not there shows as a disabled action with a reason.
 */
public record Services(
    DriveOpener drives,
    DemoDrivePort demo,
    ViewportPort viewport,
    Availability projects,
    ReconstructionPort reconstruction) {

  /** The ports backed by the real modules: drivelog, sample-drives, viewer3d, reconstruction. */
  public static Services wired() {
    return new Services(
        new DriveOpener() {
          @Override
          public Availability availability() {
            return Availability.AVAILABLE;
          }

          @Override
          public DriveLog open(Path path) throws Exception {
            return DriveLogs.open(path);
          }
        },
        new DemoDrivePort() {
          @Override
          public Availability availability() {
            return Availability.AVAILABLE;
          }

          @Override
          public Path ensure(Path cacheDir, ProgressMonitor monitor) throws Exception {
            return DemoDrive.ensure(cacheDir, monitor);
          }
        },
        new ViewportPort() {
          @Override
          public Availability availability() {
            return Availability.AVAILABLE;
          }

          @Override
          public ViewportRenderer start(int width, int height) {
            return Viewer3dRenderer.start(width, height);
          }
        },
        Availability.AVAILABLE,
        new ReconstructionPort() {
          @Override
          public Availability availability() {
            return Availability.AVAILABLE;
          }

          @Override
          public ReconstructionResult run(
              List<DriveLog> drives, Bounds2 area, ProgressMonitor monitor) throws Exception {
            return Reconstruction.run(drives, area, ReconstructionConfig.defaults(), monitor);
          }

          @Override
          public ReconstructionResult runLearned(
              List<DriveLog> drives, Bounds2 area, ProgressMonitor monitor) throws Exception {
            try (LaneSegmenter model = LaneSegmenter.loadDefault()) {
              return LearnedReconstruction.run(drives, area, model, monitor);
            }
          }
        });
  }
}
