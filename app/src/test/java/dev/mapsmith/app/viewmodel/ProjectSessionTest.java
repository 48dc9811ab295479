package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.edit.SetReviewState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session hands the UI the project's change events, batched per call: the whole map once, then
 * only what each call changed (a bulk insert is one state, however many primitives it adds).
 */
class ProjectSessionTest {

  @TempDir Path dir;

  @Test
  void eachStateCarriesOnlyWhatItsCallChanged() throws Exception {
    List<ProjectSession.State> states = new ArrayList<>();
    try (ProjectSession s =
        new ProjectSession(
            Project.open(TestProjects.grid(dir.resolve("p.mapsmith"), 500)),
            Runnable::run,
            Runnable::run,
            states::add)) {
      s.call(p -> null).get();
      assertThat(states.get(0).delta().reset()).isTrue();
      assertThat(states.get(0).delta().upserted()).hasSize(500);

      s.execute(new SetReviewState(17, ReviewState.VERIFIED)).get();
      MapDelta edit = states.get(1).delta();
      assertThat(edit.reset()).isFalse();
      assertThat(edit.upserted())
          .singleElement()
          .satisfies(p -> assertThat(p.review()).isEqualTo(ReviewState.VERIFIED));

      s.call(p -> null).get(); // a read changes nothing
      assertThat(states.get(2).delta().isEmpty()).isTrue();

      List<Primitive> copies =
          TestProjects.readBack(dir.resolve("p.mapsmith")).primitives().stream()
              .limit(300)
              .toList();
      s.call(p -> p.insertAll(copies, "bulk")).get();
      assertThat(states).hasSize(4);
      assertThat(states.get(3).delta().upserted()).as("one batched state").hasSize(300);

      s.undo().get();
      assertThat(states.get(4).delta().removed()).hasSize(300);
      assertThat(states.get(4).delta().upserted()).isEmpty();
    }
  }
}
