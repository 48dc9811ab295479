package dev.mapsmith.labeling.export.mcap;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The message records of the chunk being filled, with each channel's (time, offset) index. */
final class Chunk {

  private final ByteArrayOutputStream records = new ByteArrayOutputStream();
  private final Map<Integer, List<long[]>> index = new TreeMap<>();
  private long start = Long.MAX_VALUE, end = Long.MIN_VALUE;

  void add(int channel, long timeNs, byte[] record) {
    index.computeIfAbsent(channel, k -> new ArrayList<>()).add(new long[] {timeNs, records.size()});
    records.writeBytes(record);
    start = Math.min(start, timeNs);
    end = Math.max(end, timeNs);
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

  byte[] records() {
    return records.toByteArray();
  }

  Map<Integer, List<long[]>> index() {
    return index;
  }
}
