package dev.mapsmith.reconstruction.vector;

import java.util.List;

/**
 * What lies beside a fragment: a painted line has level road on both sides ({@link SideContrast}),
 * a curb's lower side faces the road ({@link CurbSide}). Distances in metres from the fragment's
 * axis; intensities as shares of the fragment's own.
 *
 * @param darker a side is dark enough when its mean intensity is below this share of the line's
 * @param measured at least this share of a side's samples must be ground cells
 * @param level both sides differ in ground height by less than this (paint on road, not a kerb)
 * @param paintOffsets a line's sides are sampled this far beyond its half width
 * @param curbOffsets a curb's sides are sampled this far from its axis
 * @param curbAwayCos a curb whose lower side points from the path by a cosine below this is dropped
 *     (the back edge of a sidewalk, a kerb behind a verge)
 */
public record SideConfig(
    double darker,
    double measured,
    double level,
    List<Double> paintOffsets,
    List<Double> curbOffsets,
    double curbAwayCos) {

  public SideConfig {
    paintOffsets = List.copyOf(paintOffsets);
    curbOffsets = List.copyOf(curbOffsets);
  }

  public static SideConfig defaults() {
    return new SideConfig(0.6, 0.4, 0.07, List.of(0.25, 0.45), List.of(0.5, 0.8, 1.1), -0.3);
  }
}
