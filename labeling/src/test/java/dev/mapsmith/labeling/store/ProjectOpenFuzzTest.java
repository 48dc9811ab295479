package dev.mapsmith.labeling.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.labeling.ProjectException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes opening a project file (read-only, then reading its map): only {@link ProjectException}
 * may come out. Seeds in {@code ProjectOpenFuzzTestInputs/open} (a fresh project and planted ones)
 * run as regression tests; {@link #seedsStayTrue} checks that the seeds still mean what they say.
 */
class ProjectOpenFuzzTest {

  private static final Path DIR = scratch();

  @TempDir Path dir;

  private static Path scratch() {
    try {
      Path d = Files.createTempDirectory("mapsmith-fuzz-project");
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void open(byte[] data) throws Exception {
    Path f = DIR.resolve("in.mapsmith");
    for (String side : new String[] {"-wal", "-shm", "-journal"}) {
      Files.deleteIfExists(DIR.resolve("in.mapsmith" + side));
    }
    Files.write(f, data);
    f.toFile().deleteOnExit();
    try (ProjectStore s = ProjectStore.open(f, true, 0)) {
      s.primitives().loadAll((p, r) -> {});
      s.tables().drives();
    } catch (ProjectException expected) {
      // refused with the file and the fault
    }
  }

  @Test
  void seedsStayTrue() throws Exception {
    Path fresh = dir.resolve("fresh.mapsmith");
    ProjectStore.create(fresh, new NamedLocalFrame("T")).close();
    try (ProjectStore s = ProjectStore.open(fresh, true, 0)) {
      assertThat(s.tables().drives()).isEmpty();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fresh);
        Statement st = c.createStatement()) {
      st.execute("CREATE VIEW v AS SELECT * FROM drives");
    }
    assertThatThrownBy(() -> ProjectStore.open(fresh, true, 0))
        .hasMessageContaining("unknown view 'v'");
  }
}
