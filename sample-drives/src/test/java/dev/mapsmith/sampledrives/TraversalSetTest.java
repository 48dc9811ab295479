package dev.mapsmith.sampledrives;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraversalSetTest {

  @TempDir Path tmp;

  private static GenerateRequest small() {
    return GenerateRequest.scenario("straight").withDuration(1.0).withLidar(32, true);
  }

  @Test
  void drivesTheWorldSeveralTimesWithTheirOwnDrawsAndOneTruthMap() throws Exception {
    TraversalSet.Result r =
        TraversalSet.generate(small(), 3, tmp.resolve("set"), ProgressMonitor.NONE);

    assertThat(r.drives()).hasSize(3);
    assertThat(r.drives().stream().map(GeneratedDrive::drive).distinct()).hasSize(3);
    assertThat(r.truthMap()).isRegularFile();
    // the one truth map is the world every traversal drove
    assertThat(Files.readString(r.truthMap()))
        .isEqualTo(Files.readString(r.drives().get(2).truthMap()));
    // each drive's GNSS fix starts elsewhere: its own bias and noise draws
    List<String> firstFix =
        r.drives().stream().map(d -> firstOxts(d.drive()).split(" ")[0]).distinct().toList();
    assertThat(firstFix).hasSize(3);
    assertThat(r.traversals().stream().map(Traversal::biasX).distinct()).hasSize(3);
    String manifest = Files.readString(tmp.resolve("set/drives.json"));
    for (GeneratedDrive d : r.drives()) {
      assertThat(manifest).contains(tmp.resolve("set").relativize(d.drive()).toString());
    }
  }

  @Test
  void theSameSeedDrawsTheSameTraversals() {
    assertThat(Traversal.draw(7, 4, 0.3)).isEqualTo(Traversal.draw(7, 4, 0.3));
    assertThat(Traversal.draw(7, 4, 0.3)).isNotEqualTo(Traversal.draw(8, 4, 0.3));
  }

  private static String firstOxts(Path drive) {
    try {
      return Files.readString(drive.resolve("oxts/data/0000000000.txt"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
