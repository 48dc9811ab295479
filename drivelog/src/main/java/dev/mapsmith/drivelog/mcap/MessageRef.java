package dev.mapsmith.drivelog.mcap;

/**
 * Where one message lies: in chunk {@code chunk} (an index into the file's chunk list) at {@code
 * offset} of the uncompressed records, or, when {@code chunk} is -1, at file offset {@code offset}
 * (a message outside any chunk).
 */
public record MessageRef(int channelId, long logTimeNs, int chunk, long offset) {}
