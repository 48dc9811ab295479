package dev.mapsmith.reconstruction.changes;

/**
 * Why a verdict was given: the share of the element the drive observed (lidar ground within range),
 * the share of its observed samples with paint, the median distance to the detection that matched
 * (NaN: none), and the share of its observed samples that a detection supported.
 */
public record Evidence(
    double observedFraction, double paintCoverage, double matchDistanceM, double support) {

  public static final Evidence NONE = new Evidence(0, 0, Double.NaN, 0);
}
