package dev.mapsmith.reconstruction.sweep;

/**
 * Parameters of the single-sweep lane-line detector. Distances in metres, angles in radians,
 * intensity in the drive's [0, 1] scale.
 *
 * @param sparseSpacing the detector runs when the sweeps of a reconstruction stand further apart
 *     than this (median distance between distinct sweep positions), or when there are fewer than
 *     three distinct positions: then no ground cell is covered by enough rings to accumulate
 * @param minRange ground points nearer the sensor are dropped (the vehicle itself)
 * @param maxRange ground points farther from the sensor are dropped
 * @param backgroundRadius the ring-local background is taken over this horizontal radius
 * @param ringTolerance points whose range from the sensor differs by at most this much plus {@code
 *     ringToleranceSlope} × range count as the same ring
 * @param ringToleranceSlope see {@code ringTolerance}
 * @param brightRatio paint is at least this many times brighter than its ring background...
 * @param brightContrast ...and at least this much brighter
 * @param hitLink bright points closer than this are one hit (one ring crossing one line)
 * @param maxAngle lines are searched within this angle of the vehicle heading
 * @param angleStep Hough angle step
 * @param offsetStep Hough lateral offset step
 * @param inlierDistance a hit supports a line when it comes this close to it
 * @param minRings a line needs hits on at least this many distinct rings
 * @param strongRings a line on fewer rings must also be painted on at least {@code paintedShare} of
 *     the rings that cross it
 * @param paintedShare see {@code strongRings}
 * @param minSpan and its hits must spread at least this far along it
 * @param maxGap a line is cut where its hits leave a longer gap
 * @param joinGap pieces whose ends are at most this far apart along the heading may join...
 * @param joinOffset ...when each one's extension passes this close to the other's end
 * @param extension a line is extended past its last hit by half the gap to the next ring that
 *     crosses it unpainted, at most this far
 */
public record SweepLineConfig(
    double sparseSpacing,
    double minRange,
    double maxRange,
    double backgroundRadius,
    double ringTolerance,
    double ringToleranceSlope,
    double brightRatio,
    double brightContrast,
    double hitLink,
    double maxAngle,
    double angleStep,
    double offsetStep,
    double inlierDistance,
    int minRings,
    int strongRings,
    double paintedShare,
    double weakAngle,
    double minSpan,
    double maxGap,
    double joinGap,
    double joinOffset,
    double extension) {

  public SweepLineConfig {
    if (!(minRange >= 0 && maxRange > minRange)) {
      throw new IllegalArgumentException(
          "range must satisfy 0 <= min < max: " + minRange + ", " + maxRange);
    }
    if (!(angleStep > 0 && offsetStep > 0 && hitLink > 0 && inlierDistance > 0)) {
      throw new IllegalArgumentException("steps and distances must be positive");
    }
    if (minRings < 2) {
      throw new IllegalArgumentException("a line needs at least two rings: " + minRings);
    }
  }

  public static SweepLineConfig defaults() {
    return new SweepLineConfig(
        2.0,
        2.5,
        40,
        2.0,
        0.1,
        0.01,
        3.0,
        0.06,
        0.3,
        Math.toRadians(20),
        Math.toRadians(0.5),
        0.1,
        0.3,
        3,
        5,
        0.8,
        Math.toRadians(5),
        5,
        12,
        10,
        1.0,
        8);
  }
}
