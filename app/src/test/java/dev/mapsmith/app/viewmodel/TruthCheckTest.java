package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.port.DemoDrivePort;
import dev.mapsmith.app.port.ReconstructionPort;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.task.BackgroundExecutor;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.labeling.export.lanelet2.Lanelet2Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflow 8 through the ViewModel, without the JavaFX toolkit: colours, worst first, AP. */
class TruthCheckTest {

  @TempDir Path dir;
  private final LogModel log = new LogModel();
  private final BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 1);

  @AfterEach
  void close() {
    tasks.close();
  }

  private static Primitive shifted(Primitive p, double dy) {
    Polyline g = p.geometry();
    double[] xyz = new double[3 * g.size()];
    for (int i = 0; i < g.size(); i++) {
      xyz[3 * i] = g.x(i);
      xyz[3 * i + 1] = g.y(i) + dy;
      xyz[3 * i + 2] = g.z(i);
    }
    return p.withGeometry(Polyline.of(xyz));
  }

  @Test
  void colorsEachPrimitiveByItsDistanceListsTheWorstFirstAndScoresAp() throws Exception {
    Path project =
        TestProjects.threeDividers(
            dir.resolve("p.mapsmith"),
            new dev.mapsmith.core.frame.LocalEnuFrame(
                new dev.mapsmith.core.frame.GeoOrigin(49.0, 8.4, 110)));
    LaneMap predicted = TestProjects.readBack(project);
    List<Primitive> lines = new ArrayList<>(predicted.primitives());
    lines.sort(Comparator.comparingLong(Primitive::id));
    // truth: the first line where it is, the second 1.2 m to the side, the third far away
    List<Primitive> truth =
        List.of(lines.get(0), shifted(lines.get(1), 1.2), shifted(lines.get(2), 30));
    Path osm = dir.resolve("truth").resolve("map.osm");
    java.nio.file.Files.createDirectories(osm.getParent());
    Lanelet2Writer.write(truth, predicted.frame(), osm, ProgressMonitor.NONE);

    Services s =
        new Services(
            TestDrives.opener(5),
            DemoDrivePort.missing("no demo"),
            ViewportPort.missing("no viewport"),
            dev.mapsmith.app.port.Availability.AVAILABLE,
            ReconstructionPort.missing("no reconstruction"));
    MainViewModel vm =
        new MainViewModel(s, tasks, log, null, Runnable::run, Runnable::run, Runnable::run);
    assertThat(vm.open(project).done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    assertThat(vm.truth().loaded()).isFalse();

    Job job = vm.checks().checkTruth(osm);
    assertThat(job.done().get(10, TimeUnit.SECONDS))
        .as(String.valueOf(tasks.board().lastFailureProperty().get()))
        .isEqualTo(Job.Outcome.SUCCEEDED);

    TruthViewModel t = vm.truth();
    assertThat(t.bandOf(lines.get(0).id())).isEqualTo(TruthViewModel.Band.GOOD);
    assertThat(t.bandOf(lines.get(1).id())).isEqualTo(TruthViewModel.Band.POOR);
    assertThat(t.bandOf(lines.get(2).id())).isEqualTo(TruthViewModel.Band.BAD);
    assertThat(t.worst())
        .extracting(TruthViewModel.Row::primitiveId)
        .containsExactly(lines.get(2).id(), lines.get(1).id(), lines.get(0).id());
    assertThat(t.worst().get(0).label()).endsWith("no truth within 2 m");
    assertThat(t.worst().get(1).label()).endsWith("1.20 m");
    assertThat(t.classScores()).hasSize(4);
    // scored over the project's extent: the far truth line lies outside it. At 0.5 and 1.0 m only
    // the exact line matches (half the truth found), at 1.5 m the shifted one too
    assertThat(t.classScores().get(0))
        .startsWith("divider")
        .contains("AP 0.50 / 0.50 / 1.00")
        .contains("(2 truth, 3 predicted)");
    assertThat(t.summaryProperty().get())
        .startsWith("map.osm: mAP")
        .contains("1 of 3 primitives 1.5 m or more off");

    vm.editing()
        .moveVertex(lines.get(0).id(), 0, lines.get(0).geometry().point(0))
        .get(5, TimeUnit.SECONDS);
    assertThat(t.summaryProperty().get()).endsWith("(map changed since)");
    vm.close();
  }
}
