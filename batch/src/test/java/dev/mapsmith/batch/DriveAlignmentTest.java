package dev.mapsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriveAlignmentTest {

  /** Three lane lines of a road with a bend, seen by a drive displaced by (dx, dy). */
  private static Map<String, List<double[]>> road(double dx, double dy, boolean withOutlier) {
    List<double[]> lines = new ArrayList<>();
    for (double y : new double[] {0, 3.5, 7}) {
      lines.add(new double[] {dx, y + dy, 0, 60 + dx, y + dy, 0, 100 + dx, y + 40 + dy, 0});
    }
    if (withOutlier) { // a line only this drive saw, near another line: a wrong match
      lines.add(new double[] {10 + dx, 1.0 + dy, 0, 40 + dx, 1.0 + dy, 0});
    }
    return Map.of("divider", lines);
  }

  @Test
  void findsEachDrivesOffsetRelativeToTheOthers() {
    double[][] truth = {{0.4, -0.3}, {-0.2, 0.5}, {-0.2, -0.2}};
    List<Map<String, List<double[]>>> drives = new ArrayList<>();
    for (int i = 0; i < truth.length; i++) {
      drives.add(road(truth[i][0], truth[i][1], i == 1));
    }

    DriveAlignment.Result r = DriveAlignment.estimate(drives, AlignmentConfig.defaults());

    for (int i = 0; i < truth.length; i++) { // truths sum to zero: the gauge the solver keeps
      assertThat(r.offsets()[i][0]).as("drive %d x", i).isCloseTo(truth[i][0], offset(0.05));
      assertThat(r.offsets()[i][1]).as("drive %d y", i).isCloseTo(truth[i][1], offset(0.05));
      assertThat(r.pairs()[i]).isGreaterThan(100);
    }
  }

  /** Three straight lane lines along x, seen by a drive displaced by (dx, dy), with noise. */
  private static Map<String, List<double[]>> straight(double dx, double dy, long seed, double sd) {
    java.util.Random rng = new java.util.Random(seed);
    List<double[]> lines = new ArrayList<>();
    for (double y : new double[] {0, 3.5, 7}) {
      double[] xyz = new double[3 * 41];
      for (int n = 0; n <= 40; n++) {
        xyz[3 * n] = 2.5 * n + dx;
        xyz[3 * n + 1] = y + dy + sd * rng.nextGaussian();
      }
      lines.add(xyz);
    }
    return Map.of("divider", lines);
  }

  @Test
  void alongAStraightRoadOnlyTheAcrossOffsetIsCorrected() {
    List<Map<String, List<double[]>>> drives =
        List.of(straight(0.8, 0.2, 1, 0.02), straight(-0.8, -0.2, 2, 0.02));

    DriveAlignment.Result r = DriveAlignment.estimate(drives, AlignmentConfig.defaults());

    for (int i = 0; i < 2; i++) {
      assertThat(r.fits()[i]).isEqualTo(DriveAlignment.Fit.ONE_DIRECTION);
      assertThat(r.offsets()[i][0]).as("along the road: kept").isCloseTo(0, offset(1e-3));
    }
    assertThat(r.offsets()[0][1]).isCloseTo(0.2, offset(0.03));
    assertThat(r.offsets()[1][1]).isCloseTo(-0.2, offset(0.03));
  }

  @Test
  void aDriveWhoseLinesDisagreeWithTheOthersIsRejectedAndNotMoved() {
    List<Map<String, List<double[]>>> drives =
        List.of(
            straight(0, 0.1, 1, 0.02),
            straight(0, -0.1, 2, 0.02),
            straight(0, 0, 3, 0.02),
            straight(0, 0.3, 4, 0.6)); // lines that wander by 0.6 m: a broken pose track

    DriveAlignment.Result r = DriveAlignment.estimate(drives, AlignmentConfig.defaults());

    assertThat(r.fits()[3]).isEqualTo(DriveAlignment.Fit.REJECTED);
    assertThat(r.offsets()[3]).containsExactly(0.0, 0.0);
    assertThat(r.offsets()[0][1] - r.offsets()[1][1]).isCloseTo(0.2, offset(0.03));
  }

  @Test
  void twoDrivesThatDisagreeAreBothKeptWhereTheyAre() {
    List<Map<String, List<double[]>>> drives =
        List.of(straight(0, 0.1, 1, 0.02), straight(0, -0.1, 4, 0.6));

    DriveAlignment.Result r = DriveAlignment.estimate(drives, AlignmentConfig.defaults());

    assertThat(r.fits()).containsOnly(DriveAlignment.Fit.KEPT);
    assertThat(r.offsets()[0]).containsExactly(0.0, 0.0);
  }

  @Test
  void aDriveWithoutCommonLinesIsNotMoved() {
    List<Map<String, List<double[]>>> drives =
        List.of(road(0.3, 0, false), road(-0.3, 0, false), Map.of("divider", List.of()));
    DriveAlignment.Result r = DriveAlignment.estimate(drives, AlignmentConfig.defaults());
    assertThat(r.offsets()[2][0]).isCloseTo(0, offset(1e-6));
    assertThat(r.offsets()[0][0] - r.offsets()[1][0]).isCloseTo(0.6, offset(0.05));
  }
}
