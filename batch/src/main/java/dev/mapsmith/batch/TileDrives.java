package dev.mapsmith.batch;

import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The drives open in one tile task: their logs, manifest numbers and paths. A drive that fails (it
 * does not open, or its sweeps do not read) makes the task throw while Spark will retry it; on the
 * last attempt the drive is left out of the tile and its failure recorded.
 */
final class TileDrives implements AutoCloseable {

  final List<DriveLog> logs = new ArrayList<>();
  final List<Integer> used = new ArrayList<>();
  final List<Path> paths = new ArrayList<>();
  final List<TileOutput.DriveFailure> failures = new ArrayList<>();
  private final boolean lastAttempt;

  private TileDrives(boolean lastAttempt) {
    this.lastAttempt = lastAttempt;
  }

  static TileDrives open(TileTask t, boolean lastAttempt) {
    TileDrives d = new TileDrives(lastAttempt);
    for (int i = 0; i < t.driveIndex().size(); i++) {
      Path p = Path.of(t.drivePath().get(i));
      try {
        d.logs.add(DriveLogs.open(p));
        d.used.add(t.driveIndex().get(i));
        d.paths.add(p);
      } catch (Exception e) {
        d.failed(t.driveIndex().get(i), p, e);
      }
    }
    return d;
  }

  int size() {
    return logs.size();
  }

  /** Drive {@code i} (its place here) failed with {@code e}: rethrown, or left out and recorded. */
  void drop(int i, Exception e) {
    failed(used.get(i), paths.get(i), e);
    logs.remove(i).close();
    used.remove(i);
    paths.remove(i);
  }

  private void failed(int drive, Path path, Exception e) {
    String why = path + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
    if (!lastAttempt) {
      throw new IllegalStateException(
          "drive " + (drive + 1) + " failed (Spark retries): " + why, e);
    }
    failures.add(new TileOutput.DriveFailure(drive, why));
  }

  @Override
  public void close() {
    logs.forEach(DriveLog::close);
  }
}
