package dev.mapsmith.labeling.export.training;

/**
 * What the export does with a tile in which an unreviewed automatic primitive (review state {@code
 * auto}, a labelled lane class, not selected as a label) lies: its line is in the lidar but would
 * be background in the mask.
 */
public enum UnreviewedTiles {
  /** The tile is left out of the set (the default): no line is taught as background. */
  LEAVE_OUT,
  /** The tile is written; the unreviewed primitive is background in its mask. */
  AS_BACKGROUND;

  /** The key used on the command line and in the manifest, e.g. {@code leave-out}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The policy named {@code key} ({@code leave-out} or {@code as-background}). */
  public static UnreviewedTiles fromKey(String key) {
    for (UnreviewedTiles u : values()) {
      if (u.key().equals(key)) {
        return u;
      }
    }
    throw new IllegalArgumentException(
        "unknown unreviewed-tiles policy '" + key + "'; use leave-out or as-background");
  }
}
