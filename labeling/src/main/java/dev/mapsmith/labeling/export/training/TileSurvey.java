package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.raster.BevGrid;

/**
 * One tile of one drive that has enough lidar to be written: where it lies, when the drive saw it
 * ({@code order}: the rank of the mean time of its points, 0 for the earliest), the fraction of its
 * cells that saw a point, and a small preview of its channels (null when not asked for).
 */
public record TileSurvey(
    String driveId, long tx, long ty, int order, double coverage, TilePreview preview) {

  /** The tile's id in the set: {@code <drive id with non [A-Za-z0-9-] as ->_<tx>_<ty>}. */
  public String id() {
    return driveId.replaceAll("[^A-Za-z0-9-]", "-") + "_" + tx + "_" + ty;
  }

  /** The tile's grid in the project's world frame. */
  public BevGrid grid() {
    return TileAccumulator.grid(tx, ty);
  }
}
