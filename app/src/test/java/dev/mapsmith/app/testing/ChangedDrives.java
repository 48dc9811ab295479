package dev.mapsmith.app.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.cli.MapsmithCli;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A short generated town drive (seed 101, exact poses) whose world lost one lane line after its
 * prior map was written, for change-check tests. The test is skipped when the simulator placed the
 * removal out of the drive's sight.
 *
 * @param drive the drive folder; its {@code ground_truth/prior.osm} is the map from before
 * @param change the removal as {@code ground_truth/changes.json} records it
 */
public record ChangedDrives(Path drive, JsonNode change) {

  /** Generates the drive under {@code dir} with {@code mapsmith generate}. */
  public static ChangedDrives lineRemoved(Path dir) throws IOException {
    Path world = dir.resolve("w");
    int code =
        MapsmithCli.run(
            "generate",
            "--world",
            "town",
            "--seed",
            "101",
            "--out",
            world.toString(),
            "--duration",
            "6",
            "--pose-noise",
            "none",
            "--threads",
            "1",
            "--changes",
            "1",
            "--change-types",
            "line_removed");
    assertThat(code).as("mapsmith generate").isZero();
    Path drive = world.resolve("2026_01_15/2026_01_15_drive_0101_sync");
    JsonNode change =
        new ObjectMapper()
            .readTree(drive.resolve("ground_truth/changes.json").toFile())
            .get("changes")
            .get(0);
    assumeTrue(change.get("observed").asBoolean(), "the change was placed out of sight");
    return new ChangedDrives(drive, change);
  }

  /** The prior map (before the change). */
  public Path priorMap() {
    return drive.resolve("ground_truth/prior.osm");
  }
}
