package dev.mapsmith.drivelog.mcap;

/** One message: its channel, log time and its data, {@code buffer[from..to)} (not copied). */
public record McapMessage(int channelId, long logTimeNs, byte[] buffer, int from, int to) {}
