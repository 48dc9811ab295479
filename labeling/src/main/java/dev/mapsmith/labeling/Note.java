package dev.mapsmith.labeling;

import dev.mapsmith.core.geom.Point3;
import java.time.Instant;

/** A user's note at a place, optionally about one primitive (id 0: none). */
public record Note(
    long id,
    long primitiveId,
    Point3 location,
    Severity severity,
    String text,
    String user,
    Instant created) {}
