package dev.mapsmith.viewer3d;

import dev.mapsmith.core.geom.Point3;

/**
 * What lies under a pixel: a primitive's vertex handle, a primitive, a cloud point, or nothing.
 * {@code world} is the picked position in the scene frame (null for nothing); {@code vertex} is the
 * vertex index for VERTEX, else -1; {@code primitiveId} is 0 unless a primitive or vertex was hit.
 */
public record PickResult(Kind kind, long primitiveId, int vertex, Point3 world) {

  /** What was hit. */
  public enum Kind {
    NOTHING,
    POINT,
    PRIMITIVE,
    VERTEX
  }

  public static final PickResult NOTHING = new PickResult(Kind.NOTHING, 0, -1, null);
}
