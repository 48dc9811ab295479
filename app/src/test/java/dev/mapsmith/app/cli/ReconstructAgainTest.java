package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.edit.SetReviewState;
import dev.mapsmith.labeling.edit.lanes.ReverseLanelet;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mapsmith reconstruct} of the same drive into the same project a second time replaces the
 * first run's automatic output, keeps what a person reviewed and says so in its JSON.
 */
class ReconstructAgainTest {

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private JsonNode reconstruct(Path drive, Path project) throws Exception {
    console.resetOut();
    int code =
        MapsmithCli.run("reconstruct", drive.toString(), "--project", project.toString(), "--json");
    assertThat(code).as(console.err()).isZero();
    return new ObjectMapper().readTree(console.out());
  }

  @Test
  void aSecondRunReplacesAutomaticOutputAndKeepsReviewedWork() throws Exception {
    Path drive = TestDrives.sharedStraight();
    Path project = dir.resolve("p.mapsmith");
    JsonNode first = reconstruct(drive, project);
    int n = first.get("primitives").asInt();
    assertThat(n).isGreaterThan(2);
    assertThat(first.get("added").asInt()).isEqualTo(n);
    assertThat(first.get("replaced").asInt()).isZero();
    int lanelets = first.get("lanelets").asInt();
    assertThat(lanelets).as("the lane graph is stored with the lines").isGreaterThan(0);

    Primitive verified, rejected;
    long turned;
    try (Project p = Project.open(project)) {
      List<Primitive> all =
          p.snapshot().primitives().stream()
              .sorted(Comparator.comparingLong(Primitive::id))
              .toList();
      verified = all.get(0);
      rejected = all.get(1);
      p.execute(new SetReviewState(verified.id(), ReviewState.VERIFIED));
      p.execute(new SetReviewState(rejected.id(), ReviewState.REJECTED));
      assertThat(p.lanes().graph().lanelets()).hasSize(lanelets);
      turned = p.lanes().graph().lanelets().iterator().next().id();
      p.execute(new ReverseLanelet(turned)); // a person's edit: kept by the next run
    }

    JsonNode second = reconstruct(drive, project);
    assertThat(second.get("added").asInt()).isEqualTo(n);
    assertThat(second.get("replaced").asInt()).isEqualTo(n - 2);
    assertThat(second.get("kept").asInt()).isEqualTo(2);
    assertThat(second.get("overlaps"))
        .as("the new copies of the two reviewed lines lie on them")
        .anySatisfy(o -> assertThat(o.get("kept").asLong()).isEqualTo(verified.id()))
        .anySatisfy(o -> assertThat(o.get("kept").asLong()).isEqualTo(rejected.id()));
    try (Project p = Project.open(project, OpenOptions.READ_ONLY)) {
      assertThat(p.snapshot().primitives()).as("no pile of duplicates").hasSize(n + 2);
      assertThat(p.snapshot().get(verified.id()).orElseThrow().review())
          .isEqualTo(ReviewState.VERIFIED);
      assertThat(p.snapshot().get(rejected.id())).isPresent();
      assertThat(p.lanes().graph().lanelets())
          .as("automatic lanelets replaced, the reversed one kept")
          .hasSize(second.get("lanelets").asInt() + 1);
      assertThat(p.lanes().review(turned)).isEqualTo(ReviewState.CORRECTED);
    }
  }
}
