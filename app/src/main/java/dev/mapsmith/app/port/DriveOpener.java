package dev.mapsmith.app.port;

import dev.mapsmith.drivelog.DriveLog;
import java.nio.file.Path;

/** Opens a drive log (a folder or file) through the drivelog module's readers. */
public interface DriveOpener {

  Availability availability();

  /** Opens the drive; the caller closes it. Runs off the UI thread. */
  DriveLog open(Path path) throws Exception;

  /** A port whose module has not landed: every call fails with the reason. */
  static DriveOpener missing(String reason) {
    return new DriveOpener() {
      @Override
      public Availability availability() {
        return Availability.missing(reason);
      }

      @Override
      public DriveLog open(Path path) {
        throw new UnsupportedOperationException(reason);
      }
    };
  }
}
