package dev.mapsmith.batch;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * What a batch job runs: the manifest, the output folder, the Spark master, the S2 level of the
 * tiles, the reconstruction method ({@code classical} or {@code learned}), the margin (m) each tile
 * is reconstructed with beyond its edges, and the alignment tolerances.
 */
public record BatchOptions(
    Path manifest,
    Path out,
    String master,
    int tileLevel,
    String method,
    double marginM,
    AlignmentConfig alignment)
    implements Serializable {

  public static final int DEFAULT_LEVEL = 15;

  public BatchOptions {
    if (tileLevel < 10 || tileLevel > 18) {
      throw new IllegalArgumentException(
          "tile level must be 10 (about 80 km²) to 18 (about 1200 m²): " + tileLevel);
    }
    if (!"classical".equals(method) && !"learned".equals(method)) {
      throw new IllegalArgumentException(
          "unknown method '" + method + "'; use classical or learned");
    }
    if (!(marginM >= 0)) {
      throw new IllegalArgumentException("margin must be 0 or more: " + marginM);
    }
  }

  /** The defaults: {@code local[*]}, level 15, classical, a 40 m margin. */
  public static BatchOptions of(Path manifest, Path out) {
    return new BatchOptions(
        manifest, out, "local[*]", DEFAULT_LEVEL, "classical", 40, AlignmentConfig.defaults());
  }

  public BatchOptions withMaster(String m) {
    return new BatchOptions(manifest, out, m, tileLevel, method, marginM, alignment);
  }

  public BatchOptions withTileLevel(int level) {
    return new BatchOptions(manifest, out, master, level, method, marginM, alignment);
  }

  public BatchOptions withMethod(String m) {
    return new BatchOptions(manifest, out, master, tileLevel, m, marginM, alignment);
  }

  public BatchOptions withMargin(double m) {
    return new BatchOptions(manifest, out, master, tileLevel, method, m, alignment);
  }

  public BatchOptions withAlignment(AlignmentConfig a) {
    return new BatchOptions(manifest, out, master, tileLevel, method, marginM, a);
  }
}
