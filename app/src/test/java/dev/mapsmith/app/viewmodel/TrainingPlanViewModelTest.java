package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.task.BackgroundExecutor;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.testing.CurationProjects;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.core.map.ReviewState;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training set's plan without the JavaFX toolkit (issue 22, point 8): a project with one real
 * drive, a verified divider and an unreviewed automatic boundary; the plan lists the drive, holds
 * out part of it for validation, warns about the boundary and leaves its tiles out (or keeps them
 * as background), and stops warning when automatic primitives are selected. {@code CurationFxTest}
 * exports and compares.
 */
class TrainingPlanViewModelTest {

  @TempDir Path dir;
  private final LogModel log = new LogModel();
  private final BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 1);
  private MainViewModel vm;

  @AfterEach
  void close() {
    if (vm != null) {
      vm.close();
    }
    tasks.close();
  }

  private PlanSummary planWhen(Predicate<PlanSummary> done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      PlanSummary s = vm.trainingPlan().summaryProperty().get();
      if (s != PlanSummary.NONE && done.test(s)) {
        return s;
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "no such plan; status: " + vm.trainingPlan().statusProperty().get() + ", " + log.lines());
  }

  @Test
  void plansTheExportBeforeItIsWrittenAndTheExportFollowsThePlan() throws Exception {
    Path file = dir.resolve("p.mapsmith");
    String drive = CurationProjects.write(file, TestDrives.sharedStraight());
    Services wired = Services.wired();
    Services s =
        new Services(
            wired.drives(),
            wired.demo(),
            ViewportPort.missing("no viewport in this test"),
            wired.projects(),
            wired.reconstruction());
    vm = new MainViewModel(s, tasks, log, null, Runnable::run, Runnable::run, Runnable::run);
    assertThat(vm.open(file).done().get(10, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (vm.trainingPlan().drives().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(vm.trainingPlan().drives()).containsExactly(drive);
    vm.trainingPlan().setShown(true);

    PlanSummary first = planWhen(p -> true);
    assertThat(first.splitRule()).contains("held out").contains(drive);
    assertThat(first.row("val").tiles()).as("one drive: its end is validation").isPositive();
    assertThat(first.row("train").tiles()).isPositive();
    assertThat(first.unreviewed()).isEqualTo(1);
    assertThat(first.tilesLeftOut()).isPositive();
    assertThat(first.warning())
        .startsWith("1 unreviewed automatic primitive lies in")
        .contains("left out");
    assertThat(first.previews()).isNotEmpty();
    assertThat(first.previews().get(0).channels()).hasSize(5);

    // the boundary as background: its tiles come back, the warning says what happens
    vm.trainingPlan().leaveOutUnreviewedProperty().set(false);
    PlanSummary kept = planWhen(p -> p.tilesLeftOut() == 0);
    int allTiles = kept.row("train").tiles() + kept.row("val").tiles();
    assertThat(allTiles)
        .isEqualTo(first.row("train").tiles() + first.row("val").tiles() + first.tilesLeftOut());
    assertThat(kept.warning()).contains("as background");

    // automatic primitives selected as labels: no warning, both primitives in the set
    vm.curation().states().add(ReviewState.AUTO);
    vm.curation().recount();
    PlanSummary withAuto = planWhen(p -> p.warning().isEmpty());
    assertThat(withAuto.row("train").primitives() + withAuto.row("val").primitives())
        .isGreaterThanOrEqualTo(2);
    assertThat(withAuto.row("train").classes()).contains("boundary");
  }
}
