package dev.mapsmith.reconstruction.sweep;

import dev.mapsmith.core.geom.Polyline;

/**
 * A lane line found in one sweep: its geometry in the world frame, a confidence in [0, 1] and the
 * support behind it.
 *
 * @param rings distinct rings whose crossings support it
 * @param painted length of its straight pieces (the rest joins them)
 */
public record SweepLine(Polyline geometry, double confidence, int rings, double painted) {}
