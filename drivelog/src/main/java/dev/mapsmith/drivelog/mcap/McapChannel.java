package dev.mapsmith.drivelog.mcap;

/** A Channel record: a topic, its schema and its message encoding ({@code cdr} for ROS 2). */
public record McapChannel(int id, int schemaId, String topic, String messageEncoding) {}
