package dev.mapsmith.drivelog.map.opendrive;

/**
 * A point of a reference line: position (m), heading (rad, from the x axis) and curvature (1/m).
 */
public record CurvePoint(double x, double y, double heading, double curvature) {}
