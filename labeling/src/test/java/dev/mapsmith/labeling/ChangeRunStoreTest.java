package dev.mapsmith.labeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.NamedLocalFrame;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change run under review is kept in the project file: saved at once, replaced by the next. */
class ChangeRunStoreTest {

  @TempDir Path dir;

  @Test
  void aChangeRunSurvivesReopenAndTheNextReplacesIt() {
    Path file = dir.resolve("c.mapsmith");
    try (Project p = Project.create(file, new NamedLocalFrame("T"))) {
      assertThat(p.changeRun()).isEmpty();
      p.saveChangeRun("{\"run\":\"a\"}");
      p.saveChangeRun("{\"run\":\"b\"}");
    }
    try (Project p = Project.open(file)) {
      assertThat(p.changeRun()).contains("{\"run\":\"b\"}");
      assertThat(p.frame()).isEqualTo(new NamedLocalFrame("T")); // the meta table still reads
      assertThat(p.integrityCheck()).isEqualTo("ok");
    }
  }

  @Test
  void aReadOnlyProjectRefusesToSaveARun() {
    Path file = dir.resolve("r.mapsmith");
    Project.create(file, new NamedLocalFrame("T")).close();
    try (Project p = Project.open(file, OpenOptions.READ_ONLY)) {
      assertThatThrownBy(() -> p.saveChangeRun("{}")).hasMessageContaining("read-only");
    }
  }
}
