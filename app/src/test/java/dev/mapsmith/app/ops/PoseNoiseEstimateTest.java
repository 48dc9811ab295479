package dev.mapsmith.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.TimedPose;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PoseNoiseEstimateTest {

  /** 30 s at 10 Hz along a gentle curve at 12 m/s, positions jittered by {@code sigma} per axis. */
  static PoseTrajectory curve(double sigma, long seed) {
    Random rnd = new Random(seed);
    List<TimedPose> poses = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double t = i * 0.1;
      double heading = 0.02 * t;
      double x = 12 * t + rnd.nextGaussian() * sigma;
      double y = 3 * t * t * 0.02 + rnd.nextGaussian() * sigma;
      poses.add(new TimedPose(i * 100_000_000L, RigidTransform.fromEuler(0, 0, heading, x, y, 0)));
    }
    return new PoseTrajectory(poses);
  }

  static double median(double[] v) {
    double[] c = v.clone();
    Arrays.sort(c);
    return c[c.length / 2];
  }

  @Test
  void aSmoothTrajectoryHasNoNoise() {
    assertThat(median(PoseNoiseEstimate.of(curve(0, 1)))).isLessThan(0.002);
  }

  @Test
  void jitterIsEstimatedAtItsSize() {
    // per-axis sigma 0.1 m gives a 2D residual RMS of sqrt(2) * 0.1
    double expected = Math.sqrt(2) * 0.1;
    assertThat(median(PoseNoiseEstimate.of(curve(0.1, 2)))).isCloseTo(expected, within(0.03));
    assertThat(median(PoseNoiseEstimate.of(curve(0.5, 3)))).isCloseTo(5 * expected, within(0.15));
  }
}
