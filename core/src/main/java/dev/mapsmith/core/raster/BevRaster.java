package dev.mapsmith.core.raster;

/**
 * Channels over a {@link BevGrid}, each a float array of {@code grid.cells()} values in row-major
 * order. Shared by reconstruction, the training-set export and the learned model.
 */
public record BevRaster(BevGrid grid, float[][] channels) {

  public BevRaster {
    for (float[] c : channels) {
      if (c.length != grid.cells()) {
        throw new IllegalArgumentException("channel size " + c.length + " != " + grid.cells());
      }
    }
  }

  public float[] channel(BevChannel c) {
    return channels[c.ordinal()];
  }

  public float get(BevChannel c, int col, int row) {
    return channels[c.ordinal()][row * grid.width() + col];
  }
}
