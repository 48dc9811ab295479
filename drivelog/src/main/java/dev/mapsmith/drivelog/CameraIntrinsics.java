package dev.mapsmith.drivelog;

/** A pinhole camera: focal lengths and principal point in pixels, image size. */
public record CameraIntrinsics(double fx, double fy, double cx, double cy, int width, int height) {}
