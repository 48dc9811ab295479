package dev.mapsmith.drivelog;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared real-data fixtures; tests skip with a clear message when they are absent. */
public final class Fixtures {

  private Fixtures() {}

  public static Path root() {
    String prop = System.getProperty("mapsmith.fixtures");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("shared/fixtures");
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    return Path.of("shared/fixtures");
  }

  /** A fixture path; skips the test when it is missing. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), "fixtures missing: " + p);
    return p;
  }

  public static final String AV2_LOG = "av2/adcf7d18-0510-35b0-a2fa-b4cea13a6d76";
  public static final String AV2_MAP =
      AV2_LOG + "/map/log_map_archive_adcf7d18-0510-35b0-a2fa-b4cea13a6d76____PIT_city_57819.json";
}
