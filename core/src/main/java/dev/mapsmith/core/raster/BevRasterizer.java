package dev.mapsmith.core.raster;

/**
 * Accumulates points into {@link BevChannel} channels over a grid, streaming: add points in any
 * number of batches, then {@link #finish()}. Memory is bounded by the grid, not the point count.
 */
public final class BevRasterizer {

  private final BevGrid grid;
  private final float[] maxIntensity;
  private final double[] sumIntensity;
  private final int[] count;
  private final float[] minZ;
  private final float[] maxZ;

  public BevRasterizer(BevGrid grid) {
    this.grid = grid;
    int n = grid.cells();
    maxIntensity = new float[n];
    sumIntensity = new double[n];
    count = new int[n];
    minZ = new float[n];
    maxZ = new float[n];
    java.util.Arrays.fill(minZ, Float.POSITIVE_INFINITY);
    java.util.Arrays.fill(maxZ, Float.NEGATIVE_INFINITY);
  }

  /** Adds the first {@code size} points of the arrays. */
  public void add(int size, float[] x, float[] y, float[] z, float[] intensity) {
    for (int i = 0; i < size; i++) {
      int cell = grid.cellOf(x[i], y[i]);
      if (cell < 0) {
        continue;
      }
      float in = intensity[i];
      if (in > maxIntensity[cell]) {
        maxIntensity[cell] = in;
      }
      sumIntensity[cell] += in;
      count[cell]++;
      if (z[i] < minZ[cell]) {
        minZ[cell] = z[i];
      }
      if (z[i] > maxZ[cell]) {
        maxZ[cell] = z[i];
      }
    }
  }

  public BevRaster finish() {
    int n = grid.cells();
    float[][] ch = new float[BevChannel.values().length][n];
    for (int i = 0; i < n; i++) {
      int c = count[i];
      ch[BevChannel.MAX_INTENSITY.ordinal()][i] = maxIntensity[i];
      ch[BevChannel.MEAN_INTENSITY.ordinal()][i] = c == 0 ? 0 : (float) (sumIntensity[i] / c);
      ch[BevChannel.HEIGHT_SPAN.ordinal()][i] = c == 0 ? 0 : maxZ[i] - minZ[i];
      ch[BevChannel.MIN_Z.ordinal()][i] = c == 0 ? Float.NaN : minZ[i];
      ch[BevChannel.DENSITY.ordinal()][i] = (float) Math.log1p(c);
    }
    return new BevRaster(grid, ch);
  }
}
