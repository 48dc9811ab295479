package dev.mapsmith.reconstruction.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.reconstruction.grid.DenseLayers;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrosswalkTrimTest {

  /** 0.1 m cells over x 0..10 m, y 0..16 m. */
  private final DenseLayers layers = new DenseLayers(0, 0, 0.1, 100, 160);

  /**
   * A zebra crossing: stripes 0.5 m wide every 1 m across y in [2, 14), each 3 m long along x in
   * [3, 6); a stop-line bar 0.5 m wide at x in [7, 7.5); road elsewhere.
   */
  private float[] zebraWithBar() {
    float[] in = new float[layers.width * layers.height];
    for (int r = 0; r < layers.height; r++) {
      for (int c = 0; c < layers.width; c++) {
        double x = layers.centerX(c), y = layers.centerY(r);
        boolean stripe = x >= 3 && x < 6 && y >= 2 && y < 14 && (y - 2) % 1.0 < 0.5;
        boolean bar = x >= 7 && x < 7.5 && y >= 2 && y < 14;
        in[r * layers.width + c] = stripe || bar ? 0.8f : 0.1f;
      }
    }
    return in;
  }

  /** The cells of the box x in [x0, x1), y in [y0, y1). */
  private int[] region(double x0, double x1, double y0, double y1) {
    return IntStream.range(0, layers.width * layers.height)
        .filter(
            i -> {
              double x = layers.centerX(i % layers.width), y = layers.centerY(i / layers.width);
              return x >= x0 && x < x1 && y >= y0 && y < y1;
            })
        .toArray();
  }

  @Test
  void aRegionTooWideIsCutToTheStripesAndTheBarBesideItIsLeftOut() {
    // the network's region: 1 m too far before the stripes, over the bar after them, 0.5 m beyond
    // the outer stripes across the road
    int[] comp = region(2, 8, 1.5, 14.5);
    double cx = 5, cy = 8;
    double[] e = CrosswalkTrim.extents(layers, comp, zebraWithBar(), cx, cy, 1, 0);

    assertThat(e).isNotNull();
    assertThat(cx + e[0]).isCloseTo(3.0, within(0.11)); // along x: the stripes' ends
    assertThat(cx + e[1]).isCloseTo(6.0, within(0.11));
    assertThat(cy + e[2]).isCloseTo(2.0, within(0.11)); // across: first to last stripe
    assertThat(cy + e[3]).isCloseTo(13.5, within(0.11));
  }

  @Test
  void theSameHoldsWithTheAxesSwapped() {
    int[] comp = region(2, 8, 1.5, 14.5);
    double[] e = CrosswalkTrim.extents(layers, comp, zebraWithBar(), 5, 8, 0, 1);

    assertThat(e).isNotNull();
    assertThat(8 + e[0]).isCloseTo(2.0, within(0.11)); // along (0, 1): y
    assertThat(8 + e[1]).isCloseTo(13.5, within(0.11));
    assertThat(5 - e[3]).isCloseTo(3.0, within(0.11)); // across: x = cx - n
    assertThat(5 - e[2]).isCloseTo(6.0, within(0.11));
  }

  @Test
  void aRegionWithoutPaintContrastIsLeftAsItIs() {
    float[] flat = new float[layers.width * layers.height];
    Arrays.fill(flat, 0.3f);
    assertThat(CrosswalkTrim.extents(layers, region(2, 8, 1.5, 14.5), flat, 5, 8, 1, 0)).isNull();
  }

  @Test
  void aSpeckOfPaintIsNoCrosswalkToTrimTo() {
    float[] in = new float[layers.width * layers.height];
    Arrays.fill(in, 0.1f);
    in[80 * layers.width + 50] = 0.9f; // one bright cell at (5.05, 8.05)
    assertThat(CrosswalkTrim.extents(layers, region(2, 8, 1.5, 14.5), in, 5, 8, 1, 0)).isNull();
  }

  @Test
  void aRegionWithoutPointsIsLeftAsItIs() {
    float[] none = new float[layers.width * layers.height];
    Arrays.fill(none, Float.NaN);
    assertThat(CrosswalkTrim.extents(layers, region(2, 8, 1.5, 14.5), none, 5, 8, 1, 0)).isNull();
  }
}
