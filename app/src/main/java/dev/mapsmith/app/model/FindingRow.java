package dev.mapsmith.app.model;

import dev.mapsmith.core.geom.Point3;

/** A validator finding as the explorer lists it; the location is where the camera flies. */
public record FindingRow(String severity, String message, long primitiveId, Point3 location) {}
