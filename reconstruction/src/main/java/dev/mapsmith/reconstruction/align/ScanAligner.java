package dev.mapsmith.reconstruction.align;

import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.reconstruction.grid.TiledGrid;

/**
 * Aligns a sweep to the map accumulated so far (scan-to-map, correlative): the sweep's bright
 * ground points (paint) are shifted over a grid of offsets around the previous sweep's correction,
 * and the offset whose points land on the brightest mapped cells wins (a prior cost on the total
 * shift keeps it from sliding along lines, where nothing fixes it). Corrects translation in the
 * ground plane, which is what blurs lines under GNSS noise.
 */
public final class ScanAligner {

  private static final int MAX_POINTS = 1500;
  private static final float BRIGHT = 2.0f;

  /**
   * Cost per point and square metre of shift away from the reported pose: poses are roughly right.
   */
  private static final double PRIOR = 0.5;

  private final TiledGrid grid;
  private final double search;
  private double prevX;
  private double prevY;

  public ScanAligner(TiledGrid grid, double search) {
    this.grid = grid;
    this.search = search;
  }

  /** The (dx, dy) to add to this sweep's points; (0, 0) until the map has content to align to. */
  public double[] align(PointCloud cloud, boolean[] ground, float[] norm, double sx, double sy) {
    int n = cloud.size();
    int bright = 0;
    for (int i = 0; i < n; i++) {
      if (ground[i] && norm[i] > BRIGHT) {
        bright++;
      }
    }
    if (bright < 50) {
      return new double[] {prevX, prevY};
    }
    int stride = Math.max(1, bright / MAX_POINTS);
    float[] px = new float[bright / stride + 1], py = new float[px.length];
    int m = 0, seen = 0;
    for (int i = 0; i < n && m < px.length; i++) {
      if (ground[i] && norm[i] > BRIGHT && seen++ % stride == 0) {
        px[m] = cloud.x()[i];
        py[m] = cloud.y()[i];
        m++;
      }
    }
    double step = grid.resolution();
    int steps = (int) Math.round(search / step);
    double bestScore = Double.NEGATIVE_INFINITY, bestX = prevX, bestY = prevY;
    int overlap = 0;
    for (int a = -steps; a <= steps; a++) {
      for (int b = -steps; b <= steps; b++) {
        double dx = prevX + a * step, dy = prevY + b * step;
        double score = 0;
        int hits = 0;
        for (int i = 0; i < m; i++) {
          float v = grid.meanIntensity(px[i] + dx, py[i] + dy);
          if (!Float.isNaN(v)) {
            score += Math.min(v, 4);
            hits++;
          }
        }
        score -= PRIOR * m * (dx * dx + dy * dy);
        if (score > bestScore) {
          bestScore = score;
          bestX = dx;
          bestY = dy;
          overlap = hits;
        }
      }
    }
    if (overlap < m / 3) {
      return new double[] {prevX, prevY};
    }
    prevX = bestX;
    prevY = bestY;
    return new double[] {bestX, bestY};
  }
}
