package dev.mapsmith.reconstruction.sweep;

import java.util.Arrays;

/**
 * A uniform grid over 2D points for radius queries: points are sorted by cell once (counting sort),
 * so a query visits the cells around it and nothing is allocated per point.
 */
final class PointGrid {

  private final double cell;
  private final double minX;
  private final double minY;
  private final int width;
  private final int height;
  private final int[] start;
  private final int[] order;

  PointGrid(double[] x, double[] y, int n, double cell) {
    this.cell = cell;
    double x0 = Double.MAX_VALUE,
        y0 = Double.MAX_VALUE,
        x1 = -Double.MAX_VALUE,
        y1 = -Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      x0 = Math.min(x0, x[i]);
      y0 = Math.min(y0, y[i]);
      x1 = Math.max(x1, x[i]);
      y1 = Math.max(y1, y[i]);
    }
    if (n == 0) {
      x0 = y0 = x1 = y1 = 0;
    }
    minX = x0;
    minY = y0;
    width = (int) ((x1 - x0) / cell) + 1;
    height = (int) ((y1 - y0) / cell) + 1;
    start = new int[width * height + 1];
    int[] cellOf = new int[n];
    for (int i = 0; i < n; i++) {
      cellOf[i] = cellIndex(x[i], y[i]);
      start[cellOf[i] + 1]++;
    }
    for (int c = 0; c < width * height; c++) {
      start[c + 1] += start[c];
    }
    int[] fill = Arrays.copyOf(start, start.length);
    order = new int[n];
    for (int i = 0; i < n; i++) {
      order[fill[cellOf[i]]++] = i;
    }
  }

  private int cellIndex(double x, double y) {
    int cx = Math.min(width - 1, Math.max(0, (int) ((x - minX) / cell)));
    int cy = Math.min(height - 1, Math.max(0, (int) ((y - minY) / cell)));
    return cy * width + cx;
  }

  /** Calls {@code visit} with the index of every point in the cells within {@code r} of (x, y). */
  void near(double x, double y, double r, java.util.function.IntConsumer visit) {
    int cx0 = Math.max(0, (int) Math.floor((x - r - minX) / cell));
    int cx1 = Math.min(width - 1, (int) Math.floor((x + r - minX) / cell));
    int cy0 = Math.max(0, (int) Math.floor((y - r - minY) / cell));
    int cy1 = Math.min(height - 1, (int) Math.floor((y + r - minY) / cell));
    for (int cy = cy0; cy <= cy1; cy++) {
      for (int cx = cx0; cx <= cx1; cx++) {
        int c = cy * width + cx;
        for (int k = start[c]; k < start[c + 1]; k++) {
          visit.accept(order[k]);
        }
      }
    }
  }
}
