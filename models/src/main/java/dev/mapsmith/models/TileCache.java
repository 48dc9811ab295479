package dev.mapsmith.models;

import dev.mapsmith.core.training.LaneClass;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps tiles read from a {@link TrainingSet} in memory up to a byte budget (1 GiB). */
final class TileCache {

  private static final long BUDGET = 1L << 30;

  private final TrainingSet set;
  private final Map<String, TrainingTile> cache = new HashMap<>();
  private long bytes;

  TileCache(TrainingSet set) {
    this.set = set;
  }

  TrainingTile get(String id) throws IOException {
    TrainingTile t = cache.get(id);
    if (t == null) {
      t = set.read(id);
      long size = 4L * t.chw().length + t.mask().length;
      if (bytes + size <= BUDGET) {
        cache.put(id, t);
        bytes += size;
      }
    }
    return t;
  }

  /** Pixels per class over the given tiles. */
  long[] classCounts(List<String> ids) throws IOException {
    long[] counts = new long[LaneClass.values().length];
    for (String id : ids) {
      for (byte b : get(id).mask()) {
        counts[b & 0xff]++;
      }
    }
    return counts;
  }
}
