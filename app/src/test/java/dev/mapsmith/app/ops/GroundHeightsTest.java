package dev.mapsmith.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.viewer3d.PointCloud;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroundHeightsTest {

  /**
   * Ground at z = -1.7 over x, y in [0, 10), 40 points per square metre with 2 cm noise (a thinned
   * drive cloud has about that); a dense tree (400 points up to 5 m) over x, y in [2, 3); five
   * stray points 0.5 to 1.5 m below the ground in one cell.
   */
  private static PointCloud scene() {
    Random r = new Random(7);
    int ground = 4000, tree = 400, stray = 5;
    int n = ground + tree + stray;
    float[] xyz = new float[3 * n];
    for (int i = 0; i < n; i++) {
      double x, y, z;
      if (i < ground) {
        x = r.nextDouble() * 10;
        y = r.nextDouble() * 10;
        z = -1.7 + r.nextGaussian() * 0.02;
      } else if (i < ground + tree) {
        x = 2 + r.nextDouble();
        y = 2 + r.nextDouble();
        z = -1.7 + r.nextDouble() * 6.7;
      } else {
        x = 5.1 + r.nextDouble() * 0.3;
        y = 5.1 + r.nextDouble() * 0.3;
        z = -3.2 + r.nextDouble();
      }
      xyz[3 * i] = (float) x;
      xyz[3 * i + 1] = (float) y;
      xyz[3 * i + 2] = (float) z;
    }
    return PointCloud.of(xyz, new float[n]);
  }

  @Test
  void findsTheGroundUnderTreesAndDespiteStrayPointsBelow() {
    GroundHeights g = GroundHeights.of(scene());
    assertThat(g.at(7.3, 1.2)).isCloseTo(-1.7, within(0.08));
    assertThat(g.at(2.5, 2.5)).as("under the tree").isCloseTo(-1.7, within(0.15));
    assertThat(g.at(5.25, 5.25)).as("stray points below").isCloseTo(-1.7, within(0.08));
  }

  @Test
  void nearTheEdgeUsesTheNearestCellAndFarAwayThereIsNone() {
    GroundHeights g = GroundHeights.of(scene());
    assertThat(g.at(10.4, 5)).isCloseTo(-1.7, within(0.08));
    assertThat(g.at(30, 30)).isNaN();
  }
}
