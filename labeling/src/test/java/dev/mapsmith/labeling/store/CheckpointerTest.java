package dev.mapsmith.labeling.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.TestMaps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commits land in the WAL; the background checkpointer, not a commit, copies them into the project
 * file soon after (the writer's own automatic checkpoint is only a far-off backstop).
 */
class CheckpointerTest {

  @TempDir Path dir;

  @Test
  void committedPagesReachTheMainFileInTheBackgroundWhileTheProjectStaysOpen() throws Exception {
    Path file = dir.resolve("c.mapsmith");
    try (Project p = Project.create(file, new NamedLocalFrame("C"))) {
      long before = Files.size(file);
      List<Primitive> batch = new ArrayList<>();
      for (int i = 0; i < 5000; i++) {
        batch.add(TestMaps.divider(i, 0, 10, 8));
      }
      p.insertAll(batch, "bulk");
      assertThat(Files.size(file.resolveSibling(file.getFileName() + "-wal")))
          .as("the bulk insert was committed to the WAL")
          .isGreaterThan(1 << 20);
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (Files.size(file) < before + (1 << 20) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(Files.size(file))
          .as("main file after the background checkpoint (was %d bytes)", before)
          .isGreaterThan(before + (1 << 20));
      assertThat(p.integrityCheck()).isEqualTo("ok");
    }
    try (Project p = Project.open(file)) {
      assertThat(p.map().primitives()).hasSize(5000);
    }
  }
}
