package dev.mapsmith.drivelog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.RigidTransform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * De-skew by per-point time: the bucket table gives exactly the points of the bucket-by-bucket walk
 * (its reference), whatever the order of the times, and a point moves with the vehicle at its own
 * time.
 */
class PerPointTimeTest {

  private static final long T0 = 1_700_000_000_000_000_000L;
  private static final RigidTransform MOUNT = new RigidTransform(1, 0, 0, 0, 0.5, 0, 1.8);

  /** Driving along x at 10 m/s while turning slowly, poses every 20 ms. */
  private static PoseTrajectory drive() {
    List<TimedPose> poses = new ArrayList<>();
    for (int k = 0; k <= 100; k++) {
      double s = k * 0.02, yaw = 0.05 * s;
      poses.add(
          new TimedPose(
              T0 + k * 20_000_000L,
              new RigidTransform(Math.cos(yaw / 2), 0, 0, Math.sin(yaw / 2), 10 * s, 0.3 * s, 0)));
    }
    return new PoseTrajectory(poses);
  }

  private static PointCloud cloud(int n, float[] times, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    PointCloud c = PointCloud.allocate(n, true);
    for (int i = 0; i < n; i++) {
      c.x()[i] = (float) r.nextDouble(-80, 80);
      c.y()[i] = (float) r.nextDouble(-80, 80);
      c.z()[i] = (float) r.nextDouble(-3, 3);
      c.time()[i] = times[i];
    }
    return c;
  }

  private static PointCloud copy(PointCloud c) {
    return new PointCloud(
        c.size(),
        c.x().clone(),
        c.y().clone(),
        c.z().clone(),
        c.intensity().clone(),
        c.time().clone());
  }

  @Test
  void tableGivesTheBucketWalksPointsForShuffledTimes() {
    int n = 20_000;
    SplittableRandom r = new SplittableRandom(3);
    float[] times = new float[n];
    for (int i = 0; i < n; i++) {
      times[i] = (float) r.nextDouble(-0.05, 0.1); // unsorted, some before the sweep stamp
    }
    times[7] = Float.NaN;
    assertSameAsReference(cloud(n, times, 11), T0 + 300_000_000L);
  }

  @Test
  void aTimeSpanTooLongForTheTableGivesTheSamePoints() {
    int n = 1_000;
    float[] times = new float[n];
    for (int i = 0; i < n; i++) {
      times[i] = i % 2 == 0 ? 0.01f * i : 500f; // 500 s away: past the table's 100 s
    }
    times[3] = Float.POSITIVE_INFINITY;
    assertSameAsReference(cloud(n, times, 12), T0 + 100_000_000L);
  }

  @Test
  void aPointMovesWithTheVehicleAtItsOwnTime() {
    PointCloud c = PointCloud.allocate(2, true);
    c.time()[0] = 0;
    c.time()[1] = 0.1f; // 100 ms later the vehicle is 1 m further along x
    PointCloud world = PerPointTime.toWorld(c, MOUNT, T0 + 500_000_000L, drive());
    assertThat(world.x()[1] - world.x()[0]).isBetween(0.99f, 1.01f);
  }

  private static void assertSameAsReference(PointCloud c, long sweepNs) {
    PointCloud want = PerPointTime.bucketByBucket(copy(c), MOUNT, sweepNs, drive());
    PointCloud got = PerPointTime.toWorld(copy(c), MOUNT, sweepNs, drive());
    assertThat(got.x()).containsExactly(want.x());
    assertThat(got.y()).containsExactly(want.y());
    assertThat(got.z()).containsExactly(want.z());
    assertThat(Arrays.equals(got.x(), c.x())).as("points moved").isFalse();
  }
}
