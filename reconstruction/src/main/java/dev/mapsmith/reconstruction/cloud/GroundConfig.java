package dev.mapsmith.reconstruction.cloud;

/**
 * Ground segmentation parameters: the coarse cell (m), how many cells around a cell are searched
 * for lower ground, the steepest ground slope allowed (rise over run), and how far above the
 * estimated surface a point may lie and still be ground (m).
 */
public record GroundConfig(double cell, int radiusCells, double maxSlope, double heightTolerance) {

  public static GroundConfig defaults() {
    return new GroundConfig(1.0, 3, 0.12, 0.2);
  }
}
