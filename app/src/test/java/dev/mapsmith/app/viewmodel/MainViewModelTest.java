package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.DemoDrivePort;
import dev.mapsmith.app.port.DriveOpener;
import dev.mapsmith.app.port.ReconstructionPort;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.BackgroundExecutor;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.testing.TestDrives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

  @TempDir Path dir;
  private final LogModel log = new LogModel();
  private final BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 1);

  @AfterEach
  void close() {
    tasks.close();
  }

  private MainViewModel vm(DriveOpener opener, AppPreferences prefs) {
    Services s =
        new Services(
            opener,
            DemoDrivePort.missing("no demo"),
            ViewportPort.missing("no viewport"),
            Availability.missing("needs the labeling project store"),
            ReconstructionPort.missing("needs reconstruction"));
    return new MainViewModel(s, tasks, log, prefs, Runnable::run, Runnable::run, Runnable::run);
  }

  @Test
  void openingADriveShowsItInTheExplorerTimelineAndRecentList() throws Exception {
    Path drive = Files.createDirectory(dir.resolve("drive-a"));
    AppPreferences prefs = AppPreferences.load(dir.resolve("config"));
    MainViewModel vm = vm(TestDrives.opener(21), prefs);

    Job job = vm.open(drive);
    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);

    assertThat(vm.drives()).hasSize(1);
    assertThat(vm.activeDriveProperty().get().id()).isEqualTo("straight-21");
    assertThat(vm.timeline().frameCountProperty().get()).isEqualTo(21);
    assertThat(vm.explorer().find("straight-21 (test)")).isNotNull();
    assertThat(vm.titleProperty().get()).isEqualTo("Mapsmith - straight-21");
    assertThat(AppPreferences.load(dir.resolve("config")).recent())
        .containsExactly(drive.toAbsolutePath());
    assertThat(vm.camera().captionProperty().get()).isEqualTo("this drive has no camera");
  }

  @Test
  void aMissingPathOrModuleGivesAClearMessageAndNoJob() {
    MainViewModel vm = vm(DriveOpener.missing("needs the drivelog readers"), null);
    assertThat(vm.open(dir.resolve("nope"))).isNull();
    assertThat(vm.alertProperty().get())
        .isEqualTo("cannot open " + dir.resolve("nope") + ": no such file or folder");
    assertThat(vm.open(dir)).isNull();
    assertThat(vm.alertProperty().get())
        .contains(dir.toString())
        .endsWith("needs the drivelog readers");
    assertThat(vm.drives()).isEmpty();
  }

  @Test
  void editingToolsSayWhichModuleTheyWaitFor() {
    MainViewModel vm = vm(TestDrives.opener(3), null);
    assertThat(vm.tools().disabledReasonProperty(Tool.MOVE_VERTEX).get())
        .isEqualTo("needs the labeling project store");
    assertThat(vm.tools().isEnabled(Tool.SELECT)).isTrue();
    assertThat(vm.reasonFor(Need.RECONSTRUCTION)).isEqualTo("needs reconstruction");
  }

  @Test
  void closingClosesTheDrives() throws Exception {
    Path drive = Files.createDirectory(dir.resolve("d"));
    TestDrives.StraightDrive log = TestDrives.straight(drive, 5);
    MainViewModel vm =
        vm(
            new DriveOpener() {
              @Override
              public Availability availability() {
                return Availability.AVAILABLE;
              }

              @Override
              public dev.mapsmith.drivelog.DriveLog open(Path path) {
                return log;
              }
            },
            null);
    vm.open(drive).done().get(5, TimeUnit.SECONDS);
    vm.close();
    assertThat(log.closed.get()).isEqualTo(1);
  }
}
