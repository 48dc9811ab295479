package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.reconstruction.grid.DenseLayers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a component of raster cells into blobs: the whole component, or its pieces cut by a world
 * grid of {@code pieceSize} metres (so that a long curved line becomes short, nearly straight
 * fragments that {@link LineChainer} joins again).
 */
public final class BlobExtractor {

  private BlobExtractor() {}

  /** The whole component as one blob; {@code values} gives each cell's value (may be null). */
  public static Blob whole(DenseLayers d, int[] cells, float[] values) {
    double[] xy = new double[2 * cells.length];
    double sum = 0;
    int measured = 0;
    for (int i = 0; i < cells.length; i++) {
      xy[2 * i] = d.centerX(cells[i] % d.width);
      xy[2 * i + 1] = d.centerY(cells[i] / d.width);
      if (values != null && !Float.isNaN(values[cells[i]])) {
        sum += values[cells[i]];
        measured++;
      }
    }
    return Blob.of(xy, cells.length, d.resolution, measured == 0 ? 0 : sum / measured);
  }

  /** The component cut into pieces by a world grid; the key is the piece's grid cell. */
  public static Map<Long, Blob> pieces(
      DenseLayers d, int[] cells, float[] values, double pieceSize, int minCells) {
    Map<Long, double[]> xy = new HashMap<>();
    Map<Long, int[]> count = new HashMap<>();
    Map<Long, double[]> sum = new HashMap<>(); // value sum, measured cells
    for (int cell : cells) {
      double x = d.centerX(cell % d.width), y = d.centerY(cell / d.width);
      long key = key(x, y, pieceSize);
      int[] n = count.computeIfAbsent(key, k -> new int[1]);
      double[] buf = xy.computeIfAbsent(key, k -> new double[64]);
      if (2 * n[0] + 2 > buf.length) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        xy.put(key, buf);
      }
      buf[2 * n[0]] = x;
      buf[2 * n[0] + 1] = y;
      n[0]++;
      if (values != null && !Float.isNaN(values[cell])) {
        double[] s = sum.computeIfAbsent(key, k -> new double[2]);
        s[0] += values[cell];
        s[1]++;
      }
    }
    Map<Long, Blob> out = new HashMap<>();
    for (Map.Entry<Long, int[]> e : count.entrySet()) {
      int n = e.getValue()[0];
      if (n >= minCells) {
        double[] s = sum.getOrDefault(e.getKey(), new double[2]);
        double mean = s[1] == 0 ? 0 : s[0] / s[1];
        out.put(e.getKey(), Blob.of(xy.get(e.getKey()), n, d.resolution, mean));
      }
    }
    return out;
  }

  /** The world grid cell of (x, y) for pieces of {@code size} metres. */
  public static long key(double x, double y, double size) {
    long gx = (long) Math.floor(x / size), gy = (long) Math.floor(y / size);
    return (gx << 32) ^ (gy & 0xffffffffL);
  }

  static List<Blob> list(Map<Long, Blob> m) {
    return List.copyOf(m.values());
  }
}
