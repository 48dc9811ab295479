package dev.mapsmith.app.port;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.reconstruction.ReconstructionResult;
import java.util.List;

/** The reconstruction module: classical lane reconstruction, and the learned method. */
public interface ReconstructionPort {

  Availability availability();

  /**
   * Reconstructs {@code area} (null: the drives' whole corridor) from open drives. Runs off the UI
   * thread; throws {@code CancelledException} when the monitor is cancelled.
   */
  ReconstructionResult run(List<DriveLog> drives, Bounds2 area, ProgressMonitor monitor)
      throws Exception;

  /**
   * As {@link #run}, with the learned method: the default lane segmentation model of the models
   * module, vectorised like the classical method.
   */
  default ReconstructionResult runLearned(
      List<DriveLog> drives, Bounds2 area, ProgressMonitor monitor) throws Exception {
    throw new UnsupportedOperationException("the learned method is not available in this build");
  }

  /** A port whose module is not there: every call fails with the reason. */
  static ReconstructionPort missing(String reason) {
    return new ReconstructionPort() {
      @Override
      public Availability availability() {
        return Availability.missing(reason);
      }

      @Override
      public ReconstructionResult run(List<DriveLog> d, Bounds2 a, ProgressMonitor m) {
        throw new UnsupportedOperationException(reason);
      }
    };
  }
}
