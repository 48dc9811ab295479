package dev.mapsmith.sampledrives.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * Painted stripes on the ground (lines, dashes, stop lines, zebra bars) as oriented rectangles,
 * found through a 1 m grid. Lookup is exact: a point is paint only inside a stripe. The same layer
 * holds other ground rectangles by a code (worn paint, asphalt patches): see {@link #codeAt}.
 */
public final class PaintLayer {

  private static final double CELL = 1.0;

  /** Collects stripes before the grid is built. */
  public static final class Builder {
    private final List<double[]> stripes = new ArrayList<>();

    /** A stripe from a to b, {@code width} wide; yellow or white. */
    public void stripe(double ax, double ay, double bx, double by, double width, boolean yellow) {
      area(ax, ay, bx, by, width, yellow ? 1 : 0);
    }

    /** A rectangle from a to b, {@code width} wide, carrying {@code code} (0 or more). */
    public void area(double ax, double ay, double bx, double by, double width, int code) {
      double len = Math.hypot(bx - ax, by - ay);
      if (len < 1e-6) {
        return;
      }
      stripes.add(
          new double[] {
            (ax + bx) / 2, (ay + by) / 2, (bx - ax) / len, (by - ay) / len, len / 2, width / 2, code
          });
    }

    public PaintLayer build(double minX, double minY, double maxX, double maxY) {
      return new PaintLayer(stripes, minX, minY, maxX, maxY);
    }
  }

  private final double[] s;
  private final double minX;
  private final double minY;
  private final int w;
  private final int h;
  private final int[] start;
  private final int[] items;

  private PaintLayer(List<double[]> stripes, double minX, double minY, double maxX, double maxY) {
    this.minX = minX;
    this.minY = minY;
    w = (int) Math.ceil((maxX - minX) / CELL) + 1;
    h = (int) Math.ceil((maxY - minY) / CELL) + 1;
    s = new double[stripes.size() * 7];
    for (int i = 0; i < stripes.size(); i++) {
      System.arraycopy(stripes.get(i), 0, s, 7 * i, 7);
    }
    int[] count = new int[w * h + 1];
    forEachCell(stripes, (cell, i) -> count[cell + 1]++);
    for (int c = 0; c < w * h; c++) {
      count[c + 1] += count[c];
    }
    start = count.clone();
    items = new int[count[w * h]];
    int[] fill = count.clone();
    forEachCell(stripes, (cell, i) -> items[fill[cell]++] = i);
  }

  private interface CellVisitor {
    void visit(int cell, int stripe);
  }

  private void forEachCell(List<double[]> stripes, CellVisitor v) {
    for (int i = 0; i < stripes.size(); i++) {
      double[] q = stripes.get(i);
      double ex = Math.abs(q[2]) * q[4] + Math.abs(q[3]) * q[5];
      double ey = Math.abs(q[3]) * q[4] + Math.abs(q[2]) * q[5];
      int c0 = clamp((int) Math.floor((q[0] - ex - minX) / CELL), w);
      int c1 = clamp((int) Math.floor((q[0] + ex - minX) / CELL), w);
      int r0 = clamp((int) Math.floor((q[1] - ey - minY) / CELL), h);
      int r1 = clamp((int) Math.floor((q[1] + ey - minY) / CELL), h);
      for (int r = r0; r <= r1; r++) {
        for (int c = c0; c <= c1; c++) {
          v.visit(r * w + c, i);
        }
      }
    }
  }

  private static int clamp(int v, int n) {
    return Math.max(0, Math.min(n - 1, v));
  }

  /** 0 for no paint, 1 white, 2 yellow. */
  public int paintAt(double x, double y) {
    int code = codeAt(x, y);
    return code < 0 ? 0 : code == 1 ? 2 : 1;
  }

  /** The code of the first rectangle that holds (x, y), or -1 for none. */
  public int codeAt(double x, double y) {
    int c = (int) Math.floor((x - minX) / CELL);
    int r = (int) Math.floor((y - minY) / CELL);
    if (c < 0 || r < 0 || c >= w || r >= h) {
      return -1;
    }
    int cell = r * w + c;
    for (int k = start[cell]; k < start[cell + 1]; k++) {
      int o = 7 * items[k];
      double dx = x - s[o], dy = y - s[o + 1];
      double u = dx * s[o + 2] + dy * s[o + 3];
      double v = -dx * s[o + 3] + dy * s[o + 2];
      if (Math.abs(u) <= s[o + 4] && Math.abs(v) <= s[o + 5]) {
        return (int) s[o + 6];
      }
    }
    return -1;
  }

  /** Rectangle {@code i}: centre x, y, unit direction x, y, half length, half width, code. */
  public double[] stripe(int i) {
    return java.util.Arrays.copyOfRange(s, 7 * i, 7 * i + 7);
  }

  public int stripeCount() {
    return s.length / 7;
  }
}
