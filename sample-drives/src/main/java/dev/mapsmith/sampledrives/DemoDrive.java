package dev.mapsmith.sampledrives;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.sampledrives.kitti.KittiTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo drive: the {@code suburb} scenario, 30 s, seed 1, typical pose noise. Generated on first
 * use into {@code cacheDir/demo-suburb-v1} (via a temporary folder, moved into place when complete)
 * and reused after that.
 */
public final class DemoDrive {

  static final String FOLDER = "demo-suburb-v1";

  private DemoDrive() {}

  /** The default cache: {@code $XDG_CACHE_HOME/mapsmith}, else {@code ~/.cache/mapsmith}. */
  public static Path defaultCacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    return xdg != null && !xdg.isBlank()
        ? Path.of(xdg, "mapsmith")
        : Path.of(System.getProperty("user.home"), ".cache", "mapsmith");
  }

  /** The request the demo uses. */
  public static GenerateRequest request() {
    return GenerateRequest.scenario("suburb");
  }

  /** Path of the demo drive folder, generating it first if the cache does not hold it. */
  public static synchronized Path ensure(Path cacheDir, ProgressMonitor monitor)
      throws IOException {
    Path root = cacheDir.resolve(FOLDER);
    Path drive = root.resolve(KittiTime.DATE).resolve(SampleDrives.driveName(request().seed()));
    if (Files.isRegularFile(drive.resolve("ground_truth/scenario.json"))) {
      return drive;
    }
    Files.createDirectories(cacheDir);
    return SampleDrives.generate(request(), root, monitor).drive();
  }
}
