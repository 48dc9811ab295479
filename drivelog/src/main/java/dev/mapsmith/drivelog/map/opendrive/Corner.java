package dev.mapsmith.drivelog.map.opendrive;

/**
 * A corner of an object's outline: {@code <cornerRoad s t dz>} (in road coordinates) when {@code
 * road}, else {@code <cornerLocal u v z>} (in the object's frame at its s, t and heading).
 */
public record Corner(boolean road, double a, double b, double z) {}
