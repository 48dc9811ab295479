package dev.mapsmith.core.raster;

import dev.mapsmith.core.geom.Bounds2;

/**
 * A bird's-eye-view grid over the ground plane: cell (col, row) covers x in [minX + col·res, minX +
 * (col+1)·res) and y in [minY + row·res, ...). Row 0 is the southern (lowest y) row.
 */
public record BevGrid(double minX, double minY, double resolution, int width, int height) {

  public BevGrid {
    if (!(resolution > 0) || width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "bad grid: resolution " + resolution + ", size " + width + "x" + height);
    }
  }

  /** The grid that covers {@code area} at {@code resolution} metres per cell. */
  public static BevGrid covering(Bounds2 area, double resolution) {
    int w = Math.max(1, (int) Math.ceil(area.width() / resolution));
    int h = Math.max(1, (int) Math.ceil(area.height() / resolution));
    return new BevGrid(area.minX(), area.minY(), resolution, w, h);
  }

  public int cells() {
    return width * height;
  }

  /** Cell index of (x, y), or -1 outside the grid. */
  public int cellOf(double x, double y) {
    int col = (int) Math.floor((x - minX) / resolution);
    int row = (int) Math.floor((y - minY) / resolution);
    return col < 0 || row < 0 || col >= width || row >= height ? -1 : row * width + col;
  }

  /** World x of the centre of column {@code col}. */
  public double centerX(int col) {
    return minX + (col + 0.5) * resolution;
  }

  /** World y of the centre of row {@code row}. */
  public double centerY(int row) {
    return minY + (row + 0.5) * resolution;
  }

  public Bounds2 bounds() {
    return new Bounds2(minX, minY, minX + width * resolution, minY + height * resolution);
  }
}
