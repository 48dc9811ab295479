package dev.mapsmith.labeling.export.mcap;

import dev.mapsmith.core.io.AtomicOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Writes an indexed MCAP file: schemas and channels up front, messages in uncompressed chunks of
 * about {@code chunkBytes} with a message index after each, then a summary section (schemas,
 * channels, statistics, chunk indexes) with summary offsets, and CRCs throughout. Writes to a
 * temporary file ({@link AtomicOutput}) that replaces {@code out} only when complete.
 */
final class McapWriter implements AutoCloseable {

  static final byte[] MAGIC = {(byte) 0x89, 'M', 'C', 'A', 'P', '0', '\r', '\n'};

  private final Path out;
  private final AtomicOutput.Pending pending;
  private final OutputStream file;
  private final CRC32 dataCrc = new CRC32();
  private final int chunkBytes;
  private long position;
  private final List<byte[]> schemas = new ArrayList<>();
  private final List<byte[]> channels = new ArrayList<>();
  private final List<byte[]> chunkIndexes = new ArrayList<>();
  private final Map<Integer, Long> channelCounts = new TreeMap<>();
  private long messages;
  private long firstTime = Long.MAX_VALUE, lastTime = Long.MIN_VALUE;
  private final Chunk chunk;
  private boolean finished;

  McapWriter(Path out, int chunkBytes) throws IOException {
    this.out = out.toAbsolutePath();
    this.pending = AtomicOutput.begin(out); // a temporary file of its own, never a planted one
    this.file = new BufferedOutputStream(pending.stream(), 1 << 20);
    this.chunkBytes = chunkBytes;
    this.chunk = new Chunk(chunkBytes + (chunkBytes >> 2));
    write(MAGIC);
    write(RecordBytes.record(1, new RecordBytes().string("").string("mapsmith")));
  }

  void schema(int id, String name, String encoding, byte[] data) throws IOException {
    byte[] r =
        RecordBytes.record(
            3, new RecordBytes().u16(id).string(name).string(encoding).bytes32(data));
    schemas.add(r);
    write(r);
  }

  void channel(int id, int schemaId, String topic, String encoding) throws IOException {
    byte[] r =
        RecordBytes.record(
            4, new RecordBytes().u16(id).u16(schemaId).string(topic).string(encoding).u32(0));
    channels.add(r);
    channelCounts.put(id, 0L);
    write(r);
  }

  void message(int channel, long timeNs, byte[] data) throws IOException {
    long seq = channelCounts.merge(channel, 1L, Long::sum);
    chunk.addMessage(channel, seq, timeNs, data);
    messages++;
    firstTime = Math.min(firstTime, timeNs);
    lastTime = Math.max(lastTime, timeNs);
    if (chunk.size() >= chunkBytes) {
      flushChunk();
    }
  }

  private void flushChunk() throws IOException {
    if (chunk.isEmpty()) {
      return;
    }
    byte[] records = chunk.records();
    int length = chunk.size();
    CRC32 crc = new CRC32();
    crc.update(records, 0, length);
    long start = position;
    // the Chunk record's head, then its records written from the chunk's buffer (no copy)
    byte[] head =
        new RecordBytes()
            .u8(6)
            .u64(8 + 8 + 8 + 4 + 4 + 8 + length)
            .u64(chunk.start())
            .u64(chunk.end())
            .u64(length)
            .u32(crc.getValue())
            .string("")
            .u64(length)
            .toByteArray();
    write(head);
    write(records, length);
    long chunkLength = head.length + (long) length;
    Map<Integer, Long> indexOffsets = new LinkedHashMap<>();
    long indexStart = position;
    for (var e : chunk.index().entrySet()) {
      indexOffsets.put(e.getKey(), position);
      RecordBytes entries = new RecordBytes();
      for (long[] te : e.getValue()) {
        entries.u64(te[0]).u64(te[1]);
      }
      write(
          RecordBytes.record(
              7, new RecordBytes().u16(e.getKey()).u32(entries.size()).raw(entries.toByteArray())));
    }
    RecordBytes offsets = new RecordBytes();
    indexOffsets.forEach((k, v) -> offsets.u16(k).u64(v));
    chunkIndexes.add(
        RecordBytes.record(
            8,
            new RecordBytes()
                .u64(chunk.start())
                .u64(chunk.end())
                .u64(start)
                .u64(chunkLength)
                .u32(offsets.size())
                .raw(offsets.toByteArray())
                .u64(position - indexStart)
                .string("")
                .u64(length)
                .u64(length)));
    chunk.clear();
  }

  int chunkCount() {
    return chunkIndexes.size();
  }

  /** Ends the data section, writes the summary and footer, and moves the file into place. */
  void finish() throws IOException {
    flushChunk();
    write(RecordBytes.record(15, new RecordBytes().u32(dataCrc.getValue())));
    CRC32 summaryCrc = new CRC32();
    long summaryStart = position;
    List<long[]> groups = new ArrayList<>();
    for (var group : List.of(schemas, channels, List.of(statistics()), chunkIndexes)) {
      long groupStart = position;
      for (byte[] r : group) {
        summaryCrc.update(r);
        write(r);
      }
      if (!group.isEmpty()) {
        groups.add(new long[] {group.get(0)[0], groupStart, position - groupStart});
      }
    }
    long offsetsStart = position;
    for (long[] g : groups) {
      byte[] r = RecordBytes.record(14, new RecordBytes().u8((int) g[0]).u64(g[1]).u64(g[2]));
      summaryCrc.update(r);
      write(r);
    }
    byte[] footerHead =
        new RecordBytes().u8(2).u64(20).u64(summaryStart).u64(offsetsStart).toByteArray();
    summaryCrc.update(footerHead);
    write(footerHead);
    write(new RecordBytes().u32(summaryCrc.getValue()).toByteArray());
    write(MAGIC);
    try {
      file.flush();
    } catch (IOException e) {
      throw AtomicOutput.named(out, e);
    }
    pending.commit();
    finished = true;
  }

  private byte[] statistics() {
    RecordBytes counts = new RecordBytes();
    channelCounts.forEach((k, v) -> counts.u16(k).u64(v));
    return RecordBytes.record(
        11,
        new RecordBytes()
            .u64(messages)
            .u16(schemas.size())
            .u32(channels.size())
            .u32(0)
            .u32(0)
            .u32(chunkIndexes.size())
            .u64(messages == 0 ? 0 : firstTime)
            .u64(messages == 0 ? 0 : lastTime)
            .u32(counts.size())
            .raw(counts.toByteArray()));
  }

  private void write(byte[] b) throws IOException {
    write(b, b.length);
  }

  private void write(byte[] b, int length) throws IOException {
    try {
      file.write(b, 0, length);
    } catch (IOException e) { // e.g. a full disk: the error names the output
      throw AtomicOutput.named(out, e);
    }
    dataCrc.update(b, 0, length);
    position += length;
  }

  /** Closes; without {@link #finish()} the partial file is removed and {@code out} untouched. */
  @Override
  public void close() throws IOException {
    if (!finished) {
      pending.close();
    }
  }
}
