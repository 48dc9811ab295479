package dev.mapsmith.reconstruction.vector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A uniform hash grid over blob centroids, for neighbour queries. */
final class SpatialIndex {

  private final double cell;
  private final Map<Long, List<Integer>> buckets = new HashMap<>();

  SpatialIndex(List<Blob> blobs, double cell) {
    this.cell = cell;
    for (int i = 0; i < blobs.size(); i++) {
      buckets
          .computeIfAbsent(key(blobs.get(i).cx(), blobs.get(i).cy()), k -> new ArrayList<>())
          .add(i);
    }
  }

  /** Indices of blobs whose centroid may lie within {@code radius} of (x, y). */
  List<Integer> near(double x, double y, double radius) {
    List<Integer> out = new ArrayList<>();
    int r = (int) Math.ceil(radius / cell);
    long gx = (long) Math.floor(x / cell), gy = (long) Math.floor(y / cell);
    for (long i = gx - r; i <= gx + r; i++) {
      for (long j = gy - r; j <= gy + r; j++) {
        List<Integer> b = buckets.get((i << 32) ^ (j & 0xffffffffL));
        if (b != null) {
          out.addAll(b);
        }
      }
    }
    return out;
  }

  private long key(double x, double y) {
    long gx = (long) Math.floor(x / cell), gy = (long) Math.floor(y / cell);
    return (gx << 32) ^ (gy & 0xffffffffL);
  }
}
