package dev.mapsmith.viewer3d;

/** What colours the points of a cloud. */
public enum PointColorMode {
  INTENSITY,
  HEIGHT,
  DRIVE,
  CLASS,
  TIME
}
