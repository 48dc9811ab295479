package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.ops.DemoSetup;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.task.BackgroundExecutor;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workflow 7 end to end without the JavaFX toolkit: a reconstructed project on a small generated
 * drive, curated (automatic primitives included), exported as a training set with the drive's
 * lidar.
 */
class TrainingSetExportTest {

  @TempDir Path dir;
  private final LogModel log = new LogModel();
  private final BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 1);

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void exportsTheCuratedPrimitivesWithTheDrivesLidar() throws Exception {
    Path drive = TestDrives.sharedStraight();
    Services wired = Services.wired();
    DemoSetup.Result demo =
        DemoSetup.prepare(
            drive,
            dir,
            wired.demo(),
            dir.resolve("p.mapsmith"),
            wired.reconstruction(),
            ProgressMonitor.NONE);
    Services s =
        new Services(
            wired.drives(),
            wired.demo(),
            ViewportPort.missing("no viewport in this test"),
            wired.projects(),
            wired.reconstruction());
    MainViewModel vm =
        new MainViewModel(s, tasks, log, null, Runnable::run, Runnable::run, Runnable::run);
    assertThat(vm.open(demo.project()).done().get(10, TimeUnit.SECONDS))
        .isEqualTo(Job.Outcome.SUCCEEDED);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (vm.drives().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20); // the project opens its drives in a job of their own
    }
    assertThat(vm.drives()).as("the project's drive opens with it").hasSize(1);

    vm.curation().states().add(ReviewState.AUTO);
    vm.curation().recount();
    int selected = vm.curation().total("train");
    assertThat(selected).isEqualTo(demo.primitives());

    Path out = dir.resolve("sets").resolve("lanes-v1");
    Files.createDirectories(out.getParent());
    Job job = vm.trainingSets().exportTrainingSet(out);
    assertThat(job.done().get(60, TimeUnit.SECONDS))
        .as(String.valueOf(tasks.board().lastFailureProperty().get()))
        .isEqualTo(Job.Outcome.SUCCEEDED);
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("format").asText()).isEqualTo("mapsmith-training-set");
    JsonNode train = manifest.get("splits").get("train");
    assertThat(train.size()).as("tiles of the one drive").isPositive();
    assertThat(manifest.get("splits").get("val").size())
        .as("one drive: the last of its tiles are held out for validation")
        .isPositive()
        .isLessThan(train.size());
    for (JsonNode tile : train) {
      assertThat(out.resolve("tiles").resolve(tile.asText() + ".labels.json")).exists();
    }
    long labelled = 0;
    try (Stream<Path> files = Files.list(out.resolve("tiles"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".labels.json")).toList()) {
        labelled += new ObjectMapper().readTree(p.toFile()).get("labels").size();
      }
    }
    assertThat(labelled).as("the curated primitives appear as labels").isPositive();
    vm.close();
  }
}
