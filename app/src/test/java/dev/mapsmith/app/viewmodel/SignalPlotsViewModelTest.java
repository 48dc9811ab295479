package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SkippedFrame;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signal plots of workflow 6, without the JavaFX toolkit. */
class SignalPlotsViewModelTest {

  /** The straight test drive (51 poses, 5 s) with signals and two skipped lidar frames. */
  private static DriveLog withSignals() {
    DriveLog base = TestDrives.straight(Path.of("d"), 51);
    long[] t = new long[51];
    double[] speed = new double[51], yaw = new double[51];
    for (int i = 0; i < 51; i++) {
      t[i] = i * 100_000_000L;
      speed[i] = 10; // m/s
      yaw[i] = i < 25 ? 0 : Math.toRadians(9); // a turn in the second half
    }
    Map<String, SignalSeries.Series> m = new LinkedHashMap<>();
    m.put("yaw_rate_rps", new SignalSeries.Series(t, yaw));
    m.put("speed_mps", new SignalSeries.Series(t, speed));
    m.put("brake_pressure", new SignalSeries.Series(t, speed));
    SignalSeries signals = new SignalSeries(m);
    List<SkippedFrame> skipped =
        List.of(
            new SkippedFrame("lidar", 0, Path.of("d/0.bin"), "truncated"),
            new SkippedFrame("lidar", 50, Path.of("d/50.bin"), "truncated"));
    return new DriveLog() {
      @Override
      public DriveMetadata metadata() {
        return base.metadata();
      }

      @Override
      public PoseTrajectory trajectory() {
        return base.trajectory();
      }

      @Override
      public List<LidarSweep> sweeps() {
        return List.of();
      }

      @Override
      public List<CameraStream> cameras() {
        return List.of();
      }

      @Override
      public SignalSeries signals() {
        return signals;
      }

      @Override
      public List<SkippedFrame> skipped() {
        return skipped;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void plotsSpeedThenYawRateInDisplayUnitsAndMarksSkippedFrames() {
    TimelineViewModel timeline = new TimelineViewModel();
    SignalPlotsViewModel vm = new SignalPlotsViewModel(timeline);
    LoadedDrive d = LoadedDrive.of(withSignals());
    vm.show(d);
    assertThat(vm.plots())
        .extracting(SignalPlotsViewModel.Plot::label)
        // fixed order; unknown signals are left out; the pose-noise estimate comes from the poses
        .containsExactly("speed", "yaw rate", "pose noise (est.)");
    assertThat(vm.plots().get(2).unit()).isEqualTo("m");
    assertThat(vm.plots().get(2).max()).isLessThan(0.01); // a straight, noise-free drive
    SignalPlotsViewModel.Plot speed = vm.plots().get(0);
    assertThat(speed.unit()).isEqualTo("km/h");
    assertThat(speed.max()).isCloseTo(36, within(1e-9));
    SignalPlotsViewModel.Plot yaw = vm.plots().get(1);
    assertThat(yaw.max()).isCloseTo(9, within(1e-9));
    assertThat(yaw.valueAt(1_000_000_000L)).isZero();
    assertThat(yaw.valueAt(4_000_000_000L)).isCloseTo(9, within(1e-9));
    // no readable lidar frames + 2 skipped: first and last position
    assertThat(vm.skippedAt()).containsExactly(0.0, 1.0);

    vm.show(null);
    assertThat(vm.plots()).isEmpty();
    assertThat(vm.skippedAt()).isEmpty();
  }

  @Test
  void aClickJumpsTheTimelineToThatMoment() {
    TimelineViewModel timeline = new TimelineViewModel();
    SignalPlotsViewModel vm = new SignalPlotsViewModel(timeline);
    LoadedDrive d = LoadedDrive.of(withSignals());
    timeline.setFrameTimes(d.frameTimesNs());
    vm.show(d);
    vm.jumpTo(0.5); // 2.5 s into a 5 s drive with a frame every 0.1 s
    assertThat(timeline.frameProperty().get()).isEqualTo(25);
    assertThat(vm.fractionOf(timeline.timeNs())).isCloseTo(0.5, within(1e-9));
    vm.jumpTo(2); // clamped to the end
    assertThat(timeline.frameProperty().get()).isEqualTo(50);
  }
}
