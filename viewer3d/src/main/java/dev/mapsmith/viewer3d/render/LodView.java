package dev.mapsmith.viewer3d.render;

import org.joml.FrustumIntersection;
import org.joml.Matrix4f;
import org.joml.Vector3f;

/**
 * What the camera sees, for choosing detail: the frustum, the eye, and how many pixels one metre
 * covers at distance 1 (perspective) or anywhere (orthographic).
 */
record LodView(Matrix4f viewProj, Vector3f eye, float pxPerMetre, boolean orthographic) {

  FrustumIntersection frustum() {
    return new FrustumIntersection(viewProj);
  }
}
