package dev.mapsmith.reconstruction.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.reconstruction.cloud.GroundConfig;
import dev.mapsmith.reconstruction.sweep.RingSweep.Paint;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RingPaintTest {

  /**
   * The range-and-bearing index finds every ring neighbour: the bright points are those of a plain
   * search of every point within the radius (median by a full sort), point for point.
   */
  @Test
  void marksTheSamePointsAsAPlainNeighbourSearch() {
    List<Paint> paint = List.of(new Paint(-40, 1.8, 40, 1.8), new Paint(-40, -1.7, 40, -5.0));
    SweepLineConfig cfg = SweepLineConfig.defaults();
    SweepGround g =
        SweepGround.of(
            RingSweep.sweep(paint, 30, 40, 2.5, 0.02, 3),
            30,
            40,
            2.5,
            GroundConfig.defaults(),
            cfg);
    boolean[] bright = RingPaint.bright(g, cfg);
    assertThat(bright).isEqualTo(plain(g, cfg));
    int marked = 0;
    for (boolean b : bright) {
      marked += b ? 1 : 0;
    }
    assertThat(marked).isGreaterThan(20);
  }

  static boolean[] plain(SweepGround g, SweepLineConfig cfg) {
    boolean[] out = new boolean[g.size()];
    double radius = cfg.backgroundRadius();
    PointGrid grid = new PointGrid(g.u(), g.v(), g.size(), radius);
    double[] values = new double[g.size()];
    for (int i = 0; i < g.size(); i++) {
      if (!g.open()[i]) {
        continue;
      }
      int self = i;
      double tol = cfg.ringTolerance() + cfg.ringToleranceSlope() * g.range()[i];
      int[] count = {0};
      grid.near(
          g.u()[i],
          g.v()[i],
          radius,
          j -> {
            double du = g.u()[j] - g.u()[self], dv = g.v()[j] - g.v()[self];
            if (j != self
                && Math.abs(g.range()[j] - g.range()[self]) <= tol
                && du * du + dv * dv <= radius * radius) {
              values[count[0]++] = g.intensity()[j];
            }
          });
      if (count[0] >= 5) {
        Arrays.sort(values, 0, count[0]);
        double background = values[count[0] / 2], in = g.intensity()[i];
        out[i] = in >= cfg.brightRatio() * background && in - background >= cfg.brightContrast();
      }
    }
    return out;
  }
}
