package dev.mapsmith.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.task.CancelFlag;
import dev.mapsmith.core.task.CancelledException;
import dev.mapsmith.core.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

class TiledSegmentationTest {

  static final int W = 300;
  static final int H = 200;
  static final int TILE = 64;
  static final int MARGIN = 8;

  /** Channel 0 holds each pixel's north-up row, channel 1 its column. */
  static float[] coordinates() {
    int plane = W * H;
    float[] in = new float[ModelInput.CHANNELS.size() * plane];
    for (int r = 0; r < H; r++) {
      for (int c = 0; c < W; c++) {
        in[r * W + c] = r;
        in[plane + r * W + c] = c;
        in[4 * plane + r * W + c] = 1; // density: every cell saw points
      }
    }
    return in;
  }

  /**
   * Answers each pixel's id (row * W + col) when the tile gave it at least MARGIN pixels of context
   * on every side that is not the raster's edge, and -1 when it did not.
   */
  static int[] classify(float[] chw, int channels, int h, int w) {
    assertThat(h).isLessThanOrEqualTo(TILE);
    assertThat(w).isLessThanOrEqualTo(TILE);
    int plane = h * w;
    int[] out = new int[plane];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int row = (int) chw[y * w + x];
        int col = (int) chw[plane + y * w + x];
        boolean context =
            (y >= MARGIN || row == y)
                && (x >= MARGIN || col == x)
                && (h - 1 - y >= MARGIN || row == H - 1 - (h - 1 - y))
                && (w - 1 - x >= MARGIN || col == W - 1 - (w - 1 - x));
        out[y * w + x] = context ? row * W + col : -1;
      }
    }
    return out;
  }

  @Test
  void everyPixelComesFromATileThatGaveItContextAndIsReturnedSouthRowFirst() {
    int[] out =
        TiledSegmentation.run(
            TiledSegmentationTest::classify,
            coordinates(),
            W,
            H,
            TILE,
            MARGIN,
            ProgressMonitor.NONE);
    assertThat(out).hasSize(W * H);
    for (int gridRow = 0; gridRow < H; gridRow++) {
      for (int col = 0; col < W; col++) {
        int northUpRow = H - 1 - gridRow;
        assertThat(out[gridRow * W + col])
            .as("grid row %d col %d", gridRow, col)
            .isEqualTo(northUpRow * W + col);
      }
    }
  }

  @Test
  void cancellingStopsBetweenTiles() {
    CancelFlag flag = new CancelFlag((f, m) -> {});
    int[] calls = {0};
    assertThatThrownBy(
            () ->
                TiledSegmentation.run(
                    (chw, c, h, w) -> {
                      if (++calls[0] == 2) {
                        flag.cancel();
                      }
                      return new int[h * w];
                    },
                    coordinates(),
                    W,
                    H,
                    TILE,
                    MARGIN,
                    flag))
        .isInstanceOf(CancelledException.class);
    assertThat(calls[0]).isEqualTo(2);
  }

  @Test
  void tilesWithoutPointsAreBackgroundAndGroundIsPerTile() {
    int h = 4, w = 4, plane = h * w;
    float[] tile = new float[5 * plane];
    assertThat(TiledSegmentation.recentreGround(tile, plane)).isFalse();
    for (int i = 0; i < plane; i++) {
      tile[3 * plane + i] = i < 8 ? 0 : 10 + i; // min_z of the seen cells
      tile[4 * plane + i] = i < 8 ? 0 : 1;
    }
    assertThat(TiledSegmentation.recentreGround(tile, plane)).isTrue();
    // seen min_z 18..25, median (upper) 22: relative heights -4..3, unseen cells stay 0
    assertThat(tile[3 * plane + 8]).isEqualTo(-4f);
    assertThat(tile[3 * plane + 15]).isEqualTo(3f);
    assertThat(tile[3 * plane]).isZero();
    int[] calls = {0};
    int[] out =
        TiledSegmentation.run(
            (chw, c, th, tw) -> {
              calls[0]++;
              return new int[th * tw];
            },
            new float[5 * 300 * 300],
            300,
            300,
            TILE,
            MARGIN,
            ProgressMonitor.NONE);
    assertThat(calls[0]).isZero();
    assertThat(out).containsOnly(0);
  }
}
