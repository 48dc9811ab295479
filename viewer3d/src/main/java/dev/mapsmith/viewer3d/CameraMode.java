package dev.mapsmith.viewer3d;

/** How the camera projects and how the pointer moves it. */
public enum CameraMode {
  /** Perspective, rotating about the target. */
  ORBIT,
  /** Perspective, rotating about the eye and moving like a drone. */
  FLY,
  /** Orthographic, looking straight down: the labeling view. */
  TOP
}
