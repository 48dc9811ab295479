package dev.mapsmith.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.reconstruction.grid.DenseLayers;
import dev.mapsmith.reconstruction.vector.Blob;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongWideMarksTest {

  private static final double RES = 0.1;

  /** Paints the cells of the given rectangles (metres) bright and returns them as a component. */
  private static int[] paint(DenseLayers d, double[]... rects) {
    List<Integer> cells = new ArrayList<>();
    for (int r = 0; r < d.height; r++) {
      for (int c = 0; c < d.width; c++) {
        double x = d.centerX(c), y = d.centerY(r);
        d.intensity[r * d.width + c] = 0.4f;
        for (double[] q : rects) {
          if (x >= q[0] && x <= q[2] && y >= q[1] && y <= q[3]) {
            d.intensity[r * d.width + c] = 3f;
            cells.add(r * d.width + c);
            break;
          }
        }
      }
    }
    return cells.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void stopLineEndingOnADashLeavesTheDashAsALaneLine() {
    DenseLayers d = new DenseLayers(0, 0, RES, 100, 100);
    // a dash along y at x = 3 (y 2..7) and a stop line along x at y = 4.5, ending on the dash
    int[] comp = paint(d, new double[] {2.8, 2, 3.2, 7}, new double[] {3.2, 4.3, 6.8, 4.7});
    List<Blob> lines = new ArrayList<>(), wide = new ArrayList<>();
    LongWideMarks.sortJunction(
        d, comp, new Bounds2(0, 0, 10, 10), ReconstructionConfig.defaults(), lines, wide);
    assertThat(lines).isNotEmpty().allMatch(b -> Math.abs(b.uy()) > 0.9);
    assertThat(wide).hasSize(1);
    assertThat(Math.abs(wide.get(0).ux())).isGreaterThan(0.9);
    assertThat(wide.get(0).length()).isBetween(2.5, 4.0);
  }

  @Test
  void barsMeetingAtTheirEndsStayWideMarks() {
    DenseLayers d = new DenseLayers(0, 0, RES, 100, 100);
    // an L: the stop line touches the bar's end, so neither is the through line of a T
    int[] comp = paint(d, new double[] {2.8, 4.3, 3.2, 9}, new double[] {3.2, 4.3, 6.8, 4.7});
    List<Blob> lines = new ArrayList<>(), wide = new ArrayList<>();
    LongWideMarks.sortJunction(
        d, comp, new Bounds2(0, 0, 10, 10), ReconstructionConfig.defaults(), lines, wide);
    assertThat(lines).isEmpty();
    assertThat(wide).hasSizeGreaterThanOrEqualTo(2);
  }
}
