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
import dev.mapsmith.app.testing.ChangeRuns;
import dev.mapsmith.app.testing.LabelerProjects;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.reconstruction.ReconstructionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change review without JavaFX: a check in the background (the detector is a test's: {@link
 * ChangeRuns}), its run kept in the project, filters, accept and reject as undoable edits, review
 * progress per area, the export, and the run and decisions shown again when the project reopens.
 */
class ChangesViewModelTest {

  @TempDir Path dir;
  private final LogModel log = new LogModel();
  private final BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 1);
  private MainViewModel vm;
  private ChangesViewModel changes;
  private Path file;
  private List<Long> ids;
  private final AtomicReference<List<DriveLog>> checked = new AtomicReference<>();

  private MainViewModel window() throws Exception {
    ReconstructionPort recon =
        new ReconstructionPort() {
          @Override
          public Availability availability() {
            return Availability.AVAILABLE;
          }

          @Override
          public ReconstructionResult run(List<DriveLog> d, Bounds2 a, ProgressMonitor m) {
            throw new IllegalStateException("not used");
          }
        };
    Services s =
        new Services(
            TestDrives.opener(30),
            DemoDrivePort.missing("no demo"),
            ViewportPort.missing("no viewport"),
            Availability.AVAILABLE,
            recon);
    MainViewModel w =
        new MainViewModel(s, tasks, log, null, Runnable::run, Runnable::run, Runnable::run);
    assertThat(w.open(file).done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    return w;
  }

  @BeforeEach
  void open() throws Exception {
    file = dir.resolve("p.mapsmith");
    ids = LabelerProjects.write(file);
    vm = window();
    Path drive = Files.createDirectory(dir.resolve("drive"));
    assertThat(vm.open(drive).done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    changes =
        new ChangesViewModel(
            vm,
            (map, drives, learned, m) -> {
              checked.set(drives);
              m.progress(0.5, "checking");
              return ChangeRuns.onLabelerProject(map, ids);
            });
    vm.mapVersionProperty().addListener(x -> changes.mapChanged());
  }

  @AfterEach
  void close() {
    vm.close();
    tasks.close();
  }

  private ChangeRow row(int index) {
    return changes.rows().get(index);
  }

  @Test
  void aCheckListsItsVerdictsAndKeepsTheRunInTheProject() throws Exception {
    Job job = changes.detect(false);
    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    assertThat(checked.get()).singleElement().matches(d -> d.metadata().id().equals("straight-30"));
    assertThat(changes.rows()).hasSize(5);
    assertThat(changes.shown()).hasSize(4).noneMatch(r -> r.verdictKey().equals("confirmed"));
    changes.verdictFilterProperty().set("all");
    assertThat(changes.shown()).hasSize(5);
    changes.verdictFilterProperty().set("moved");
    assertThat(changes.shown()).singleElement().matches(r -> r.index() == ChangeRuns.MOVED);
    assertThat(changes.summaryProperty().get()).contains("5 verdicts, 4 changes", "4 to review");
    vm.close();
    try (Project p = Project.open(file, OpenOptions.READ_ONLY)) {
      assertThat(p.changeRun()).isPresent().get().asString().contains("\"run\"");
    }
  }

  @Test
  void acceptAndRejectAreUndoableEditsAndTheListFollowsTheMap() throws Exception {
    changes.detect(false).done().get(5, TimeUnit.SECONDS);
    changes.selectedProperty().set(row(ChangeRuns.MOVED));
    changes.accept(row(ChangeRuns.MOVED)).get(5, TimeUnit.SECONDS);
    assertThat(row(ChangeRuns.MOVED).decision()).isEqualTo("accepted");
    assertThat(changes.selectedProperty().get()).isEqualTo(row(ChangeRuns.MOVED));
    var a = vm.map().get(ids.get(LabelerProjects.A)).orElseThrow();
    assertThat(a.geometry().y(0)).isEqualTo(1.0);
    assertThat(vm.undoProperty().get()).startsWith("accept change " + changes.run().key(0));

    vm.editing().undo().get(5, TimeUnit.SECONDS);
    assertThat(row(ChangeRuns.MOVED).decision()).isEqualTo("pending");
    assertThat(vm.map().get(ids.get(LabelerProjects.A)).orElseThrow().geometry().y(0)).isZero();

    changes.reject(row(ChangeRuns.REMOVED)).get(5, TimeUnit.SECONDS);
    assertThat(row(ChangeRuns.REMOVED).decision()).isEqualTo("rejected");
    assertThat(row(ChangeRuns.REMOVED).reviewer()).isNotEmpty();
    assertThat(vm.map().get(ids.get(LabelerProjects.E)).orElseThrow().review())
        .isEqualTo(ReviewState.VERIFIED);

    // a decided change, or no change at all, is refused with the reason
    assertThat(changes.accept(row(ChangeRuns.REMOVED)).get()).isNull();
    assertThat(log.lines().get(log.lines().size() - 1)).contains("already rejected");
    assertThat(changes.accept(row(ChangeRuns.CONFIRMED)).get()).isNull();
    assertThat(log.lines().get(log.lines().size() - 1)).contains("confirmed is not a change");

    changes.decisionFilterProperty().set("pending");
    assertThat(changes.shown())
        .extracting(ChangeRow::index)
        .containsExactly(ChangeRuns.MOVED, ChangeRuns.PATTERN, ChangeRuns.ADDED);
    assertThat(changes.nextPending(row(ChangeRuns.PATTERN)).index()).isEqualTo(ChangeRuns.ADDED);
    changes.accept(row(ChangeRuns.ADDED)).get(5, TimeUnit.SECONDS);
    assertThat(vm.map().primitives()).hasSize(7);
    assertThat(changes.summaryProperty().get()).contains("1 accepted, 1 rejected, 2 to review");
  }

  @Test
  void reviewProgressIsCountedPerArea() throws Exception {
    ChangesViewModel wired = ChangesViewModel.of(vm); // the window's
    wired.show(ChangeRuns.onLabelerProject(vm.map(), ids));
    vm.session().call(p -> p.addArea("west", new Bounds2(-5, -10, 45, 5))).get();
    wired.reject(wired.rows().get(ChangeRuns.MOVED)).get(5, TimeUnit.SECONDS); // A, at x 20
    // in "west": A (moved) and the addition at y = -8; D and E lie east of x 45
    assertThat(wired.areaProgress()).containsExactly("west: 1 of 2 changes reviewed");
  }

  @Test
  void theRunAndItsDecisionsAreShownAgainWhenTheProjectReopens() throws Exception {
    changes.detect(false).done().get(5, TimeUnit.SECONDS);
    changes.accept(row(ChangeRuns.PATTERN)).get(5, TimeUnit.SECONDS);
    Path out = dir.resolve("reviewed.json");
    assertThat(changes.exportReview(out).done().get(5, TimeUnit.SECONDS))
        .isEqualTo(Job.Outcome.SUCCEEDED);
    assertThat(Files.readString(out)).contains("\"decision\":\"accepted\"");
    vm.close();

    vm = window(); // the window's own Changes view-model loads the project's run
    ChangesViewModel again = ChangesViewModel.of(vm);
    assertThat(again.rows()).hasSize(5);
    assertThat(again.rows().get(ChangeRuns.PATTERN).decision()).isEqualTo("accepted");
    assertThat(again.rows().get(ChangeRuns.MOVED).decision()).isEqualTo("pending");
  }

  @Test
  void aCancelledCheckSavesNothing() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    ChangesViewModel slow =
        new ChangesViewModel(
            vm,
            (map, drives, learned, m) -> {
              started.countDown();
              while (true) {
                m.checkCancelled();
                Thread.sleep(5);
              }
            });
    Job job = slow.detect(false);
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    job.cancel();
    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.CANCELLED);
    assertThat(slow.rows()).isEmpty();
    assertThat(vm.session().call(Project::changeRun).get()).isEmpty();
  }

  @Test
  void withoutTheReconstructionTheCheckIsRefusedWithTheReason() {
    MainViewModel bare =
        new MainViewModel(
            new Services(
                TestDrives.opener(3),
                DemoDrivePort.missing("no demo"),
                ViewportPort.missing("no viewport"),
                Availability.AVAILABLE,
                ReconstructionPort.missing("needs reconstruction")),
            tasks,
            log,
            null,
            Runnable::run,
            Runnable::run,
            Runnable::run);
    ChangesViewModel none =
        new ChangesViewModel(
            bare,
            (m, d, l, p) -> {
              throw new AssertionError("must not run");
            });
    assertThat(none.detect(false)).isNull();
    assertThat(log.lines().get(log.lines().size() - 1))
        .contains("cannot check for changes: needs reconstruction");
    assertThat(none.exportReview(dir.resolve("x.json"))).isNull();
  }
}
