package dev.mapsmith.sampledrives.world.town;

/** Fixed sizes of town features, metres. */
final class TownGeometry {

  /** A junction mouth: the 5 m of road holding the crosswalk, between stop line and junction. */
  static final double MOUTH = 5;

  /** Solid lane lines run this far before a junction's stop line. */
  static final double NEAR = 20;

  /** Room for a sidewalk beside a curb. */
  static final double SIDEWALK = 3.5;

  /** A merge or diverge: ramp with gore, auxiliary lane, taper. */
  static final double MERGE_GORE = 60;

  static final double MERGE_LANE = 60;
  static final double MERGE_TAPER = 40;
  static final double RAMP_GAP = 18;

  private TownGeometry() {}

  static double mergeLength() {
    return MERGE_GORE + MERGE_LANE + MERGE_TAPER;
  }
}
