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

  @Test
  void aDriveWithoutCommonLinesIsNotMoved() {
    List<Map<String, List<double[]>>> drives =
        List.of(road(0.3, 0, false), road(-0.3, 0, false), Map.of("divider", List.of()));
    DriveAlignment.Result r = DriveAlignment.estimate(drives, AlignmentConfig.defaults());
    assertThat(r.offsets()[2][0]).isCloseTo(0, offset(1e-6));
    assertThat(r.offsets()[0][0] - r.offsets()[1][0]).isCloseTo(0.6, offset(0.05));
  }
}
