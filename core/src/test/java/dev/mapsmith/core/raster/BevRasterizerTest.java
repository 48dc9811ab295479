package dev.mapsmith.core.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.geom.Bounds2;
import org.junit.jupiter.api.Test;

class BevRasterizerTest {

  @Test
  void channelsSummariseThePointsOfEachCell() {
    BevGrid grid = BevGrid.covering(new Bounds2(0, 0, 2, 1), 1.0);
    assertThat(grid.width()).isEqualTo(2);
    BevRasterizer r = new BevRasterizer(grid);
    r.add(
        3,
        new float[] {0.5f, 0.6f, 1.5f},
        new float[] {0.5f, 0.5f, 0.5f},
        new float[] {0.0f, 0.2f, 1.0f},
        new float[] {0.2f, 0.8f, 0.1f});
    r.add(1, new float[] {9f}, new float[] {9f}, new float[] {0f}, new float[] {1f}); // outside
    BevRaster raster = r.finish();
    assertThat(raster.get(BevChannel.MAX_INTENSITY, 0, 0)).isEqualTo(0.8f);
    assertThat(raster.get(BevChannel.MEAN_INTENSITY, 0, 0)).isCloseTo(0.5f, within(1e-6f));
    assertThat(raster.get(BevChannel.HEIGHT_SPAN, 0, 0)).isCloseTo(0.2f, within(1e-6f));
    assertThat(raster.get(BevChannel.MIN_Z, 1, 0)).isEqualTo(1.0f);
    assertThat(raster.get(BevChannel.DENSITY, 0, 0)).isCloseTo((float) Math.log(3), within(1e-6f));
  }

  @Test
  void emptyCellsHaveNoHeight() {
    BevRaster raster = new BevRasterizer(new BevGrid(0, 0, 0.5, 2, 2)).finish();
    assertThat(raster.get(BevChannel.MIN_Z, 1, 1)).isNaN();
    assertThat(raster.get(BevChannel.DENSITY, 1, 1)).isZero();
  }
}
