package dev.mapsmith.drivelog.mcap;

/** A Schema record: the message type's name (e.g. {@code sensor_msgs/msg/PointCloud2}). */
public record McapSchema(int id, String name, String encoding) {}
