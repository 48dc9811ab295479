package dev.mapsmith.app.port;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.reconstruction.ReconstructionResult;
import java.util.List;

/** The reconstruction module's classical lane reconstruction. */
public interface ReconstructionPort {

  Availability availability();

  /**
   * Reconstructs {@code area} (null: the drives' whole corridor) from open drives. Runs off the UI
   * thread; throws {@code CancelledException} when the monitor is cancelled.
   */
  ReconstructionResult run(List<DriveLog> drives, Bounds2 area, ProgressMonitor monitor)
      throws Exception;

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
