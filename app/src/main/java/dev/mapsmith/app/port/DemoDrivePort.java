package dev.mapsmith.app.port;

import dev.mapsmith.core.task.ProgressMonitor;
import java.nio.file.Path;

/** Makes the sample-drives module's demo drive, generating it into a cache folder on first use. */
public interface DemoDrivePort {

  Availability availability();

  /** The demo drive's path, generated first when absent. Runs off the UI thread. */
  Path ensure(Path cacheDir, ProgressMonitor monitor) throws Exception;

  static DemoDrivePort missing(String reason) {
    return new DemoDrivePort() {
      @Override
      public Availability availability() {
        return Availability.missing(reason);
      }

      @Override
      public Path ensure(Path cacheDir, ProgressMonitor monitor) {
        throw new UnsupportedOperationException(reason);
      }
    };
  }
}
