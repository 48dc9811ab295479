package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.testing.TestDrives;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Selecting a change shows the frame where the vehicle passes nearest to it. */
class ChangePlaceTest {

  @Test
  void theFrameIsTheOneNearestToThePlace() {
    // straight east, 1 m a pose, one frame a pose (this drive has no lidar)
    LoadedDrive d = LoadedDrive.of(TestDrives.straight(Path.of("d"), 30));
    assertThat(ChangePlace.nearestFrame(d, 12.3, 5)).isEqualTo(12);
    assertThat(ChangePlace.nearestFrame(d, -40, 0)).isZero();
    assertThat(ChangePlace.nearestFrame(d, 500, -3)).isEqualTo(29);
  }
}
