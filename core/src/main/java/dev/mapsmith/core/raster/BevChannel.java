package dev.mapsmith.core.raster;

/** The channels that {@link BevRasterizer} fills, in this order. */
public enum BevChannel {
  /** Highest intensity in the cell, [0, 1]. */
  MAX_INTENSITY,
  /** Mean intensity in the cell, [0, 1]. */
  MEAN_INTENSITY,
  /** Highest z minus lowest z in the cell, metres: curbs, walls, objects. */
  HEIGHT_SPAN,
  /** Lowest z in the cell, metres; NaN where the cell is empty. */
  MIN_Z,
  /** log(1 + points in the cell). */
  DENSITY
}
