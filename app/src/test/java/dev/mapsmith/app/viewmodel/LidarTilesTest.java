package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.app.model.LidarTile;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.raster.BevRasterizer;
import dev.mapsmith.core.raster.PaintRidge;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lidar tiles the top view holds: what is missing for a window, what is drawn, and the
 * intensity field snapping reads, continuous across tile edges.
 */
class LidarTilesTest {

  /**
   * Tile (tx, 0) of ground points every 2.5 cm, paint 0.15 m wide along y at x = {@code paintX}.
   */
  private static LidarTile tile(long tx, double paintX) {
    BevGrid grid = new BevGrid(tx * LidarTile.METRES, 0, 0.1, 256, 256);
    BevRasterizer r = new BevRasterizer(grid);
    int n = 1024;
    float[] x = new float[n], y = new float[n], z = new float[n], in = new float[n];
    for (int row = 0; row < n; row++) {
      for (int i = 0; i < n; i++) {
        x[i] = (float) (grid.minX() + 0.025 * i + 0.0125);
        y[i] = (float) (0.025 * row + 0.0125);
        in[i] = Math.abs(x[i] - paintX) <= 0.075 ? 0.85f : 0.12f;
      }
      r.add(n, x, y, z, in);
    }
    return LidarTile.of(r.finish());
  }

  @Test
  void missingTilesAreBuiltOnceAndEmptyOnesAreHeldAsEmpty() {
    LidarTiles tiles = new LidarTiles(10);
    Bounds2 window = new Bounds2(10, 10, 40, 20); // tiles 0 and 1 of row 0
    List<LidarTiles.Key> missing = tiles.missing("d", window);
    assertThat(missing).extracting(LidarTiles.Key::tx).containsExactly(0L, 1L);
    assertThat(LidarTiles.count(window)).isEqualTo(2);
    tiles.put("d", missing, List.of(tile(0, 12.0)));
    assertThat(tiles.missing("d", window)).isEmpty();
    assertThat(tiles.missing("other drive", window)).hasSize(2);
    assertThat(tiles.within("d", window)).extracting(LidarTile::tx).containsExactly(0L);
    assertThat(tiles.within("d", new Bounds2(-1e5, -1e5, 1e5, 1e5)))
        .as("a wide window looks through what is held")
        .extracting(LidarTile::tx)
        .containsExactly(0L);
    assertThat(tiles.field("d", 1).at(12.0, 5)).as("on the paint").isGreaterThan(0.6f);
    assertThat(tiles.field("d", 1).at(30.0, 5)).as("a tile without points").isZero();
    assertThat(tiles.field("d", 1).at(60.0, 5)).as("not built").isNaN();
  }

  @Test
  void snappingReadsAcrossATileEdge() {
    LidarTiles tiles = new LidarTiles(10);
    double edge = LidarTile.METRES; // paint centred 2 cm east of the edge between tiles 0 and 1
    List<LidarTiles.Key> keys = tiles.missing("d", new Bounds2(20, 5, 30, 6));
    tiles.put("d", keys, List.of(tile(0, edge + 0.02), tile(1, edge + 0.02)));
    double[] p = PaintRidge.centre(tiles.field("d", 1), edge - 0.3, 12, 1, 0, 0.5).orElseThrow();
    assertThat(p[0]).isCloseTo(edge + 0.02, within(0.03));
    assertThat(p[1]).isEqualTo(12);
  }

  @Test
  void theOldestBuiltGoFirst() {
    LidarTiles tiles = new LidarTiles(2);
    for (long tx = 0; tx < 3; tx++) {
      Bounds2 b = new Bounds2(tx * 25.6 + 1, 1, tx * 25.6 + 2, 2);
      tiles.put("d", tiles.missing("d", b), List.of());
    }
    assertThat(tiles.size()).isEqualTo(2);
    assertThat(tiles.missing("d", new Bounds2(1, 1, 2, 2))).as("tile 0 was dropped").hasSize(1);
  }
}
