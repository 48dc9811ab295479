package dev.mapsmith.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ChangeRuns;
import dev.mapsmith.app.testing.LabelerProjects;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change run is kept as JSON and read back with every field; a bad document is refused with its
 * fault. The reviewed changes export as JSON (each change with its decision) and as GeoJSON.
 */
class ChangeRunJsonTest {

  @TempDir Path dir;

  private LaneMap map(Path file) {
    try (Project p = Project.open(file, OpenOptions.READ_ONLY)) {
      return p.snapshot();
    }
  }

  @Test
  void aRunReadsBackAsItWasWritten() throws Exception {
    Path file = dir.resolve("p.mapsmith");
    List<Long> ids = LabelerProjects.write(file);
    ChangeRun run = ChangeRuns.onLabelerProject(map(file), ids);
    ChangeRun back = ChangeRunJson.read(ChangeRunJson.write(run), "test");
    assertThat(back.id()).isEqualTo(run.id());
    assertThat(back.created()).isEqualTo(run.created());
    assertThat(back.drives()).isEqualTo(run.drives());
    assertThat(back.verdicts()).hasSameSizeAs(run.verdicts());
    for (int i = 0; i < run.verdicts().size(); i++) {
      var a = run.verdicts().get(i);
      var b = back.verdicts().get(i);
      assertThat(b.element()).isEqualTo(a.element());
      assertThat(b.verdict()).isEqualTo(a.verdict());
      assertThat(b.mapClass()).isEqualTo(a.mapClass());
      assertThat(b.confidence()).isEqualTo(a.confidence());
      assertThat(b.changed()).isEqualTo(a.changed());
      assertThat(b.evidence().observedFraction()).isEqualTo(a.evidence().observedFraction());
      assertThat(b.at()).containsExactly(a.at());
      assertThat(b.found() == null).isEqualTo(a.found() == null);
    }
    assertThat(Double.isNaN(back.verdicts().get(ChangeRuns.REMOVED).displacementM())).isTrue();
  }

  @Test
  void aBadDocumentIsRefusedWithItsFault() {
    assertThatThrownBy(() -> ChangeRunJson.read("{\"verdicts\": [", "the project"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("the project: not JSON");
    assertThatThrownBy(() -> ChangeRunJson.read("{\"format\": \"other\"}", "f.json"))
        .hasMessageContaining("f.json: not a change run");
    String noClass =
        "{\"format\":\"mapsmith-change-run\",\"run\":\"r\",\"created\":\"2026-01-01T00:00:00Z\","
            + "\"verdicts\":[{\"verdict\":\"removed\",\"confidence\":1,\"prior\":[[0,0],[1,0]]}]}";
    assertThatThrownBy(() -> ChangeRunJson.read(noClass, "f.json"))
        .hasMessage("f.json: verdict 0: missing field 'class'");
  }

  @Test
  void theReviewedChangesExportWithTheirDecisions() throws Exception {
    Path file = dir.resolve("p.mapsmith");
    List<Long> ids = LabelerProjects.write(file);
    ChangeRun run;
    try (Project p = Project.open(file)) {
      run = ChangeRuns.onLabelerProject(p.map(), ids);
      int i = ChangeRuns.REMOVED;
      p.execute(new ChangeDecision(run.key(i), run.verdicts().get(i), true, null));
      i = ChangeRuns.PATTERN;
      p.execute(new ChangeDecision(run.key(i), run.verdicts().get(i), false, null));
    }
    Path json = dir.resolve("reviewed.json");
    assertThat(ChangeReviewExport.write(run, map(file), json)).isEqualTo(5);
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("review").get("accepted").asInt()).isEqualTo(1);
    assertThat(root.get("review").get("rejected").asInt()).isEqualTo(1);
    assertThat(root.get("review").get("pending").asInt()).isEqualTo(2); // confirmed is no change
    JsonNode removed = root.get("verdicts").get(ChangeRuns.REMOVED);
    assertThat(removed.get("change").asText()).isEqualTo(run.key(ChangeRuns.REMOVED));
    assertThat(removed.get("review").get("decision").asText()).isEqualTo("accepted");
    assertThat(removed.get("review").get("by").asText()).isNotEmpty();
    assertThat(root.get("verdicts").get(ChangeRuns.CONFIRMED).has("review")).isFalse();

    Path geo = dir.resolve("reviewed.geojson");
    // prior + found of the move and the pattern change, prior of the removal, found of the addition
    assertThat(ChangeReviewExport.write(run, map(file), geo)).isEqualTo(6);
    JsonNode features = new ObjectMapper().readTree(geo.toFile()).get("features");
    assertThat(features.get(2).get("properties").get("decision").asText()).isEqualTo("accepted");
    assertThat(features.get(2).get("properties").get("verdict").asText()).isEqualTo("removed");
    assertThatThrownBy(() -> ChangeReviewExport.write(run, map(file), dir.resolve("x.txt")))
        .hasMessageContaining("use .json or .geojson");
    assertThat(Files.exists(dir.resolve("x.txt"))).isFalse();
  }
}
