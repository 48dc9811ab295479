package dev.mapsmith.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.app.testing.ChangeRuns;
import dev.mapsmith.app.testing.LabelerProjects;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accepting or rejecting a detected change is one undoable edit on the project's map, stamped with
 * the reviewer; the map then says what was decided ({@link ChangeReview}).
 */
class ChangeDecisionTest {

  @TempDir Path dir;
  private Project project;
  private List<Long> ids;
  private ChangeRun run;

  @BeforeEach
  void open() {
    Path file = dir.resolve("p.mapsmith");
    ids = LabelerProjects.write(file);
    project = Project.open(file);
    run = ChangeRuns.onLabelerProject(project.map(), ids);
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    project.close();
  }

  private Primitive decide(int index, boolean accept, Polyline geometry) {
    var r =
        project.execute(
            new ChangeDecision(run.key(index), run.verdicts().get(index), accept, geometry));
    long id = r.created().isEmpty() ? run.verdicts().get(index).element() : r.created().get(0);
    return project.map().get(id).orElseThrow();
  }

  @Test
  void anAcceptedMoveShiftsTheWholeElementOntoThePieceTheDriveFound() {
    Primitive before = project.map().get(ids.get(LabelerProjects.A)).orElseThrow();
    Primitive after = decide(ChangeRuns.MOVED, true, null);
    for (int i = 0; i < before.geometry().size(); i++) { // all of it, also x 0..10 and 30..40
      assertThat(after.geometry().x(i)).isCloseTo(before.geometry().x(i), within(1e-9));
      assertThat(after.geometry().y(i)).isCloseTo(1.0, within(1e-9));
      assertThat(after.geometry().z(i)).isEqualTo(before.geometry().z(i));
    }
    assertThat(after.provenance().method()).isEqualTo("change");
    assertThat(after.provenance().sourceDrives()).containsExactly("d1");
    assertThat(after.review()).isEqualTo(ReviewState.VERIFIED);
    assertThat(project.reviewStamp(after.id()).orElseThrow().user()).isEqualTo(project.user());
    ChangeMark mark = ChangeMark.of(after).orElseThrow();
    assertThat(mark.accepted()).isTrue();
    assertThat(mark.key()).isEqualTo(run.key(ChangeRuns.MOVED));
    assertThat(ChangeReview.find(run, ChangeRuns.MOVED, project.map())).isPresent();

    project.undo(); // the decision goes with the edit
    assertThat(project.map().get(before.id()).orElseThrow()).isEqualTo(before);
    assertThat(ChangeReview.find(run, ChangeRuns.MOVED, project.map())).isEmpty();
  }

  @Test
  void anAcceptedRemovalLeavesTheElementOutOfTheMapButOnRecord() {
    Primitive after = decide(ChangeRuns.REMOVED, true, null);
    assertThat(after.review()).isEqualTo(ReviewState.REJECTED); // exports leave it out
    assertThat(ChangeMark.of(after).orElseThrow().decision()).isEqualTo("accepted");
  }

  @Test
  void anAcceptedPatternChangeTakesTheNewPattern() {
    Primitive after = decide(ChangeRuns.PATTERN, true, null);
    assertThat(after.attributes().pattern()).contains(LinePattern.SOLID);
    assertThat(after.geometry())
        .isEqualTo(project.map().get(ids.get(LabelerProjects.D)).orElseThrow().geometry());
  }

  @Test
  void aClassChangeAlsoChangesTheDefaultLanelet2Type() {
    long id = ids.get(LabelerProjects.B);
    Primitive b = project.map().get(id).orElseThrow();
    project.execute(
        new dev.mapsmith.labeling.edit.SetAttributes(
            id, b.attributes().with(Attributes.TYPE, "line_thin")));
    var v =
        new dev.mapsmith.reconstruction.changes.ChangeVerdict(
            id,
            MapClass.DIVIDER,
            dev.mapsmith.reconstruction.changes.Verdict.ATTRIBUTE_CHANGED,
            0.8,
            Double.NaN,
            List.of("class: divider -> boundary"),
            dev.mapsmith.reconstruction.changes.Evidence.NONE,
            List.of("d1"),
            b.geometry(),
            b.geometry());
    project.execute(new ChangeDecision("r#9", v, true, null));
    Primitive after = project.map().get(id).orElseThrow();
    assertThat(after.mapClass()).isEqualTo(MapClass.BOUNDARY);
    assertThat(after.attributes().get(Attributes.TYPE)).contains("road_border");
  }

  @Test
  void anAcceptedAdditionIsInsertedWithTheGivenHeights() {
    Polyline found = run.verdicts().get(ChangeRuns.ADDED).found();
    double[] xyz = found.toArray().clone();
    for (int i = 2; i < xyz.length; i += 3) {
      xyz[i] = 0.25;
    }
    Primitive added = decide(ChangeRuns.ADDED, true, Polyline.of(xyz));
    assertThat(added.mapClass()).isEqualTo(MapClass.DIVIDER);
    assertThat(added.geometry().z(0)).isEqualTo(0.25);
    assertThat(added.review()).isEqualTo(ReviewState.VERIFIED);
    assertThat(added.provenance().sourceDrives()).containsExactly("d1");
    assertThat(ChangeReview.find(run, ChangeRuns.ADDED, project.map()).orElseThrow().primitiveId())
        .isEqualTo(added.id());
  }

  @Test
  void aRejectedChangeKeepsTheElementAndRecordsTheReviewer() {
    Primitive before = project.map().get(ids.get(LabelerProjects.A)).orElseThrow();
    Primitive after = decide(ChangeRuns.MOVED, false, null);
    assertThat(after.geometry()).isEqualTo(before.geometry());
    assertThat(after.provenance()).isEqualTo(before.provenance());
    assertThat(after.review()).isEqualTo(ReviewState.VERIFIED);
    ChangeMark mark = ChangeMark.of(after).orElseThrow();
    assertThat(mark.accepted()).isFalse();
    assertThat(mark.user()).isEqualTo(project.user());
    assertThat(ChangeMark.parse(mark.text())).contains(mark);

    Primitive rejectedAddition = decide(ChangeRuns.ADDED, false, null);
    assertThat(rejectedAddition.review()).isEqualTo(ReviewState.REJECTED);
  }

  @Test
  void aConfirmedElementHasNothingToDecideAndAMissingOneIsNamed() {
    assertThatThrownBy(() -> decide(ChangeRuns.CONFIRMED, true, null))
        .hasMessageContaining("confirmed");
    project.execute(new dev.mapsmith.labeling.edit.DeletePrimitive(ids.get(LabelerProjects.E)));
    assertThatThrownBy(() -> decide(ChangeRuns.REMOVED, true, null))
        .hasMessageContaining("primitive " + ids.get(LabelerProjects.E) + " is no longer");
  }
}
