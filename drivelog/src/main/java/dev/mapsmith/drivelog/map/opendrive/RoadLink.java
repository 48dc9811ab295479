package dev.mapsmith.drivelog.map.opendrive;

/** A road's {@code <predecessor>} or {@code <successor>}: a road or junction, and which end. */
public record RoadLink(String elementType, String elementId, String contactPoint) {}
