package dev.mapsmith.reconstruction.vector;

/**
 * A group of raster cells seen as an oriented bar: centroid, unit principal direction (ux, uy),
 * length along it and width across it (metres, from the extent and the spread), cell count and mean
 * value (intensity ratio or height step).
 */
public record Blob(
    double cx,
    double cy,
    double ux,
    double uy,
    double length,
    double width,
    int cells,
    double value) {

  /** PCA of cell centres {@code xy} (packed), with cells of edge {@code res}. */
  public static Blob of(double[] xy, int n, double res, double value) {
    double mx = 0, my = 0;
    for (int i = 0; i < n; i++) {
      mx += xy[2 * i];
      my += xy[2 * i + 1];
    }
    mx /= n;
    my /= n;
    double sxx = 0, syy = 0, sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = xy[2 * i] - mx, dy = xy[2 * i + 1] - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
    double ux = Math.cos(angle), uy = Math.sin(angle);
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, varV = 0;
    for (int i = 0; i < n; i++) {
      double dx = xy[2 * i] - mx, dy = xy[2 * i + 1] - my;
      double s = dx * ux + dy * uy, v = -dx * uy + dy * ux;
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
      varV += v * v;
    }
    double shift = (lo + hi) / 2;
    double width = Math.sqrt(12 * varV / n + res * res);
    return new Blob(mx + shift * ux, my + shift * uy, ux, uy, hi - lo + res, width, n, value);
  }

  /** End point {@code 0} (backwards along u) or {@code 1} (forwards). */
  public double endX(int end) {
    return cx + (end == 0 ? -0.5 : 0.5) * length * ux;
  }

  public double endY(int end) {
    return cy + (end == 0 ? -0.5 : 0.5) * length * uy;
  }
}
