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

  /** Paints a band round (cx, cy) between radii r0 and r1, over angles a0..a1 (degrees). */
  private static int[] arc(
      DenseLayers d, double cx, double cy, double r0, double r1, double a0, double a1) {
    List<Integer> cells = new ArrayList<>();
    for (int r = 0; r < d.height; r++) {
      for (int c = 0; c < d.width; c++) {
        double dx = d.centerX(c) - cx, dy = d.centerY(r) - cy, rr = Math.hypot(dx, dy);
        double a = Math.toDegrees(Math.atan2(dy, dx));
        d.z[r * d.width + c] = 0;
        d.intensity[r * d.width + c] = 0.4f;
        if (rr >= r0 && rr <= r1 && a >= a0 && a <= a1) {
          d.intensity[r * d.width + c] = 3f;
          cells.add(r * d.width + c);
        }
      }
    }
    return cells.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void smearedPaintRoundATightBendBecomesLaneLineFragmentsAlongTheBend() {
    DenseLayers d = new DenseLayers(0, 0, RES, 100, 100);
    // a 0.5 m wide band round a bend of radius 3 m about (2, 2), through 90°
    int[] comp = arc(d, 2, 2, 2.75, 3.25, 0, 90);
    Blob whole = dev.mapsmith.reconstruction.vector.BlobExtractor.whole(d, comp, d.intensity);
    assertThat(whole.width()).isGreaterThan(0.6); // the chord's axis cuts the bend
    List<Blob> lines = new ArrayList<>();
    boolean bent =
        LongWideMarks.sortIfBent(
            d, comp, whole, new Bounds2(0, 0, 10, 10), ReconstructionConfig.defaults(), lines);
    assertThat(bent).isTrue();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
    // every fragment lies on the bend, not on the chord across it
    assertThat(lines).allMatch(b -> Math.abs(Math.hypot(b.cx() - 2, b.cy() - 2) - 3) < 0.35);
  }

  @Test
  void aStraightWideBarIsNotABend() {
    DenseLayers d = new DenseLayers(0, 0, RES, 100, 100);
    int[] comp = paint(d, new double[] {2, 4.6, 6.5, 5.25}); // 4.5 m x 0.65 m
    for (int i = 0; i < d.z.length; i++) {
      d.z[i] = 0;
    }
    Blob whole = dev.mapsmith.reconstruction.vector.BlobExtractor.whole(d, comp, d.intensity);
    assertThat(whole.width()).isGreaterThan(0.6);
    List<Blob> lines = new ArrayList<>();
    assertThat(
            LongWideMarks.sortIfBent(
                d, comp, whole, new Bounds2(0, 0, 10, 10), ReconstructionConfig.defaults(), lines))
        .isFalse();
    assertThat(lines).isEmpty();
  }
}
