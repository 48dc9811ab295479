package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.DemoDrivePort;
import dev.mapsmith.app.port.ReconstructionPort;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.task.BackgroundExecutor;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelations;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.labeling.EditResult;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.edit.EditCommand;
import dev.mapsmith.labeling.edit.ReplaceAutomatic;
import dev.mapsmith.labeling.edit.lanes.LaneEditRules;
import dev.mapsmith.labeling.edit.lanes.MergeLanelets;
import dev.mapsmith.labeling.edit.lanes.ReplaceAutomaticLanes;
import dev.mapsmith.labeling.edit.lanes.ReverseLanelet;
import dev.mapsmith.labeling.edit.lanes.SplitLanelet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lanelet pane's logic without JavaFX: picking, the relation rows, the edits it sends and the
 * refusals it shows; and, through the window's view-model on a real project, an edit and its undo.
 */
class LaneletViewModelTest {

  @TempDir Path dir;
  private final LogModel log = new LogModel();
  private final List<EditCommand> sent = new ArrayList<>();

  /** A two-lane road along +x in two 10 m pieces: right lanes 4 then 9, left lanes 5 then 10. */
  private static LaneGraph road() {
    List<LineString> lines = new ArrayList<>();
    List<Lanelet> lanelets = new ArrayList<>();
    Provenance prov = new Provenance("lanegraph", "1", "", List.of(), "", java.time.Instant.EPOCH);
    long id = 1;
    for (int k = 0; k < 2; k++) {
      double a = 10 * k, b = a + 10;
      long r = id++, m = id++, l = id++;
      lines.add(
          new LineString(r, Polyline.of(a, 0, 0, b, 0, 0), Attributes.of("type", "road_border")));
      lines.add(
          new LineString(
              m,
              Polyline.of(a, 3.5, 0, b, 3.5, 0),
              Attributes.of("type", "line_thin", "subtype", "dashed")));
      lines.add(
          new LineString(l, Polyline.of(a, 7, 0, b, 7, 0), Attributes.of("type", "road_border")));
      lanelets.add(
          new Lanelet(
              id++, BoundRef.of(m), BoundRef.of(r), Attributes.of("subtype", "road"), 0.6, prov));
      lanelets.add(
          new Lanelet(
              id++, BoundRef.of(l), BoundRef.of(m), Attributes.of("subtype", "road"), 0.6, prov));
    }
    return LaneRelations.derived(
        new LaneGraph(new NamedLocalFrame("A"), lines, lanelets, List.of(), List.of()),
        RelationTolerances.defaults());
  }

  private LaneletViewModel vm() {
    LaneletViewModel vm =
        new LaneletViewModel(
            log,
            c -> {
              sent.add(c);
              return CompletableFuture.completedFuture(
                  new EditResult(1, c.description(), List.of()));
            });
    vm.lanesProperty().set(ProjectLanes.all(road(), dev.mapsmith.core.map.ReviewState.AUTO));
    return vm;
  }

  private static String row(LaneletViewModel vm, String key) {
    return vm.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().value();
  }

  @Test
  void pickingInsideALaneShowsItsRelations() {
    LaneletViewModel vm = vm();
    assertThat(vm.pick(5, 1.0)).isTrue();
    assertThat(vm.selectedProperty().get()).isEqualTo(4);
    assertThat(row(vm, "successors")).isEqualTo("9");
    assertThat(row(vm, "predecessors")).isEqualTo("none");
    assertThat(row(vm, "left neighbour")).isEqualTo("5 (lane change allowed)");
    assertThat(row(vm, "right neighbour")).isEqualTo("none");
    assertThat(row(vm, "review")).isEqualTo("auto");
    assertThat(vm.pick(5, 30)).isFalse();
    assertThat(vm.selectedProperty().get()).isZero();
    assertThat(vm.rows()).isEmpty();
  }

  @Test
  void editsGoToTheEditorForTheSelectedLanelet() {
    LaneletViewModel vm = vm();
    vm.pick(4, 1.5);
    vm.reverse();
    vm.mergeWithSuccessor();
    vm.splitAtPick();
    vm.review(dev.mapsmith.core.map.ReviewState.REJECTED);
    assertThat(sent)
        .containsExactly(
            new ReverseLanelet(4),
            new MergeLanelets(4, 9),
            new SplitLanelet(4, new Point3(4, 1.5, 0)),
            new dev.mapsmith.labeling.edit.lanes.SetLaneletReview(
                4, dev.mapsmith.core.map.ReviewState.REJECTED));
    assertThat(sent.subList(0, 3))
        .containsExactly(
            new ReverseLanelet(4),
            new MergeLanelets(4, 9),
            new SplitLanelet(4, new Point3(4, 1.5, 0)));
  }

  @Test
  void anActionWithoutALaneletOrWithoutOneSuccessorIsRefusedWithTheReason() {
    LaneletViewModel vm = vm();
    vm.reverse();
    assertThat(log.noticeProperty().get().refusal()).isTrue();
    assertThat(log.noticeProperty().get().text()).contains("select a lanelet first");
    vm.pick(15, 1.75); // lanelet 9, the last one: nothing follows
    vm.mergeWithSuccessor();
    assertThat(log.noticeProperty().get().text()).contains("lanelet 9 has no successor");
    assertThat(sent).isEmpty();
  }

  @Test
  void reverseAndUndoThroughTheWindowOnARealProject() throws Exception {
    Path file = dir.resolve("lanes.mapsmith");
    try (Project p = Project.create(file, new NamedLocalFrame("A"))) {
      p.execute(
          new ReplaceAutomaticLanes(
              new ReplaceAutomatic(new Bounds2(-100, -100, 100, 100), List.of(), "lanes"),
              road(),
              LaneEditRules.defaults()));
    }
    BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 1);
    Services s =
        new Services(
            TestDrives.opener(5),
            DemoDrivePort.missing("no demo"),
            ViewportPort.missing("no viewport"),
            Availability.AVAILABLE,
            ReconstructionPort.missing("needs reconstruction"));
    MainViewModel main =
        new MainViewModel(s, tasks, log, null, Runnable::run, Runnable::run, Runnable::run);
    try {
      Job job = main.open(file);
      assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
      LaneletViewModel vm = main.lanelets();
      assertThat(vm.lanesProperty().get().graph().lanelets()).hasSize(4);
      assertThat(vm.pick(5, 1.75)).isTrue();
      long id = vm.selectedProperty().get();
      assertThat(row(vm, "successors")).isNotEqualTo("none");
      assertThat(main.explorer().find("Lanelets (4)")).isNotNull();
      assertThat(main.explorer().find("lanelet " + id + " (auto) -> ")).isNotNull();
      vm.reverse().get(5, TimeUnit.SECONDS);
      assertThat(main.explorer().find("lanelet " + id + " (corrected), no successor")).isNotNull();
      assertThat(row(vm, "successors")).isEqualTo("none");
      assertThat(row(vm, "review")).isEqualTo("corrected");
      assertThat(log.noticeProperty().get().text()).contains("done: reverse lanelet " + id);
      main.editing().undo().get(5, TimeUnit.SECONDS);
      assertThat(row(vm, "successors")).isNotEqualTo("none");
      assertThat(row(vm, "review")).isEqualTo("auto");
    } finally {
      main.close();
      tasks.close();
    }
  }
}
