package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.DemoDrivePort;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.task.BackgroundExecutor;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.EditLogEntry;
import dev.mapsmith.labeling.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's "Reconstruct area (learned model)" runs the shipped model and saves its output. */
class LearnedReconstructTest {

  @TempDir Path dir;

  @Test
  void learnedReconstructionIsSavedWithTheModelInProvenanceAndHistory() throws Exception {
    Services wired = Services.wired();
    Services s =
        new Services(
            wired.drives(),
            DemoDrivePort.missing("no demo"),
            ViewportPort.missing("no viewport"),
            Availability.AVAILABLE,
            wired.reconstruction());
    LogModel log = new LogModel();
    BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 1);
    MainViewModel vm =
        new MainViewModel(s, tasks, log, null, Runnable::run, Runnable::run, Runnable::run);
    try {
      finished(vm.open(TestDrives.sharedStraight()));
      Path file = dir.resolve("learned.mapsmith");
      finished(vm.createProject(file));
      finished(vm.reconstruction().reconstruct(null, true));
      vm.close();
      try (Project p = Project.open(file)) {
        List<Primitive> prims = List.copyOf(p.map().primitives());
        assertThat(prims).isNotEmpty();
        assertThat(prims)
            .allSatisfy(pr -> assertThat(pr.provenance().method()).startsWith("learned:"));
        List<EditLogEntry> history = p.editLog();
        assertThat(history.get(history.size() - 1).description())
            .startsWith("reconstruct learned lane-unet-default ");
      }
    } finally {
      tasks.close();
    }
  }

  private static void finished(Job job) throws Exception {
    assertThat(job).isNotNull();
    assertThat(job.done().get(120, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
  }
}
