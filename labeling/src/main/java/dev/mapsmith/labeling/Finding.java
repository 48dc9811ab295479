package dev.mapsmith.labeling;

import dev.mapsmith.core.geom.Point3;

/** One validator finding: which validator, on which primitive, where, how bad, and why. */
public record Finding(
    String validator, long primitiveId, Point3 location, Severity severity, String message) {}
