package dev.mapsmith.sampledrives.world.town;

/**
 * What part of a road a stretch of lanelets is: {@code NORMAL} (dashed lane lines), {@code NEAR} a
 * junction (solid lane lines and centre), a junction {@code MOUTH} (curbs but no lane lines: the
 * crosswalk lies here) or the junction {@code BOX} (no lines at all).
 */
enum Zone {
  NORMAL,
  NEAR,
  MOUTH,
  BOX
}
