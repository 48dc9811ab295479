package dev.mapsmith.labeling.export.mcap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The message records of the chunk being filled, with each channel's (time, offset) index. A
 * message record is written straight into the chunk's buffer (no record array of its own); the
 * buffer is kept for the next chunk ({@link #clear}).
 */
final class Chunk {

  private final ByteSink records;
  private final Map<Integer, List<long[]>> index = new TreeMap<>();
  private long start = Long.MAX_VALUE, end = Long.MIN_VALUE;

  Chunk(int capacity) {
    records = new ByteSink(capacity);
  }

  /** Adds a Message record: opcode, length, channel, sequence, log and publish time, data. */
  void addMessage(int channel, long sequence, long timeNs, byte[] data) {
    index.computeIfAbsent(channel, k -> new ArrayList<>()).add(new long[] {timeNs, records.size()});
    records
        .u8(5)
        .u64(2 + 4 + 8 + 8 + data.length)
        .u16(channel)
        .u32(sequence)
        .u64(timeNs)
        .u64(timeNs)
        .raw(data);
    start = Math.min(start, timeNs);
    end = Math.max(end, timeNs);
  }

  /** Empties the chunk for the next one, keeping its buffer. */
  void clear() {
    records.reset();
    index.clear();
    start = Long.MAX_VALUE;
    end = Long.MIN_VALUE;
  }

  boolean isEmpty() {
    return records.size() == 0;
  }

  int size() {
    return records.size();
  }

  long start() {
    return start;
  }

  long end() {
    return end;
  }

  /** The records, {@code [0, size())} of this array (not a copy). */
  byte[] records() {
    return records.array();
  }

  Map<Integer, List<long[]>> index() {
    return index;
  }
}
