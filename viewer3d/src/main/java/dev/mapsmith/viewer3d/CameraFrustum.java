package dev.mapsmith.viewer3d;

import dev.mapsmith.core.frame.RigidTransform;

/**
 * A camera drawn as a wire pyramid {@code depth} metres deep. The camera frame is OpenCV's: x
 * right, y down, z forward; {@code cameraToWorld} maps it into the scene frame.
 */
public record CameraFrustum(
    RigidTransform cameraToWorld, CameraIntrinsics intrinsics, double depth, int rgb) {}
