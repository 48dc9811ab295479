package dev.mapsmith.drivelog.mcap;

/**
 * Where a chunk lies and how to open it: from a Chunk Index record in the summary, or from the
 * Chunk record itself during a linear scan. {@code recordsOffset} is the file offset of the
 * (compressed) records inside the chunk record.
 */
record ChunkInfo(
    long chunkOffset,
    long startNs,
    long endNs,
    String compression,
    long recordsOffset,
    long compressedSize,
    long uncompressedSize,
    long uncompressedCrc) {}
