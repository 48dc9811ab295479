package dev.mapsmith.labeling;

import dev.mapsmith.core.geom.Bounds2;

/** A named rectangle of the map that labelers work through, e.g. one street. */
public record Area(long id, String name, Bounds2 bounds) {}
