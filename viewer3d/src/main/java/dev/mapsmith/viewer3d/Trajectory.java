package dev.mapsmith.viewer3d;

import dev.mapsmith.core.geom.Polyline;

/** A vehicle path drawn as a thin line in colour {@code rgb} (0xRRGGBB). */
public record Trajectory(Polyline path, int rgb) {}
