package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

  private final TimelineViewModel vm = new TimelineViewModel();
  private static final long S = 1_000_000_000L;

  @Test
  void stepsStayWithinTheFrames() {
    vm.setFrameTimes(new long[] {0, S, 2 * S});
    vm.step(-1);
    assertThat(vm.frameProperty().get()).isZero();
    vm.step(5);
    assertThat(vm.frameProperty().get()).isEqualTo(2);
    assertThat(vm.timeNs()).isEqualTo(2 * S);
    assertThat(vm.labelProperty().get()).contains("frame 3 of 3").contains("2.00 s / 2.00 s");
  }

  @Test
  void seekGoesToTheLastFrameAtOrBeforeTheTime() {
    vm.setFrameTimes(new long[] {10 * S, 11 * S, 12 * S});
    vm.seek(11 * S + S / 2);
    assertThat(vm.frameProperty().get()).isEqualTo(1);
    vm.seek(0);
    assertThat(vm.frameProperty().get()).isZero();
  }

  @Test
  void playbackFollowsWallTimeAndStopsAtTheEnd() {
    vm.setFrameTimes(new long[] {0, S / 10, 2 * S / 10, 3 * S / 10});
    vm.togglePlay();
    assertThat(vm.playingProperty().get()).isTrue();
    vm.advance(S / 10 + 1);
    assertThat(vm.frameProperty().get()).isEqualTo(1);
    vm.advance(S);
    assertThat(vm.frameProperty().get()).isEqualTo(3);
    assertThat(vm.playingProperty().get()).isFalse();
  }

  @Test
  void withoutADriveNothingPlays() {
    vm.togglePlay();
    assertThat(vm.playingProperty().get()).isFalse();
    assertThat(vm.labelProperty().get()).isEqualTo("no drive");
  }
}
