package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * An open MCAP file: its schemas, channels and where every message lies, found from the summary
 * section and the chunks' message indexes (no chunk is decompressed to open an indexed file), or by
 * a linear scan when the file has no summary or is cut short. Messages are read on demand; the last
 * few decompressed chunks are cached. Thread-safe for reading.
 */
public final class McapFile implements AutoCloseable {

  private static final int CACHED_CHUNKS = 4;

  private final Path path;
  private final FileChannel file;
  private final long size;
  private final McapContents contents;
  private final Map<Integer, FutureTask<byte[]>> chunkCache = new LinkedHashMap<>(8, 0.75f, true);

  private McapFile(Path path, FileChannel file, long size, McapContents contents) {
    this.path = path;
    this.file = file;
    this.size = size;
    this.contents = contents;
  }

  /** Opens and indexes {@code path}; damage that leaves the rest readable is listed in problems. */
  public static McapFile open(Path path) throws DriveLogException {
    FileChannel ch = InputFiles.open(path); // a FIFO, folder or missing file is refused here
    long size;
    try {
      size = ch.size();
    } catch (IOException e) {
      closeQuietly(ch);
      throw new DriveLogException(path, "", "cannot read size: " + e.getMessage(), e);
    }
    try {
      McapFile f = new McapFile(path, ch, size, new McapContents());
      f.index();
      return f;
    } catch (DriveLogException | RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  private static void closeQuietly(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException ignored) {
      // already failing
    }
  }

  private void index() throws DriveLogException {
    if (size < 8 || !McapOpcode.magicAt(read(0, 8), 0)) {
      throw new DriveLogException(path, "byte 0", "not an MCAP file (no MCAP magic)");
    }
    try {
      if (!SummaryIndex.read(this, contents)) {
        LinearScan.scan(this, contents);
      }
    } catch (McapFault f) {
      throw new DriveLogException(path, f.where(), f.getMessage(), f);
    }
    contents.sort();
  }

  public Path path() {
    return path;
  }

  long size() {
    return size;
  }

  public String profile() {
    return contents.profile;
  }

  public Map<Integer, McapSchema> schemas() {
    return contents.schemas;
  }

  public Map<Integer, McapChannel> channels() {
    return contents.channels;
  }

  /** The schema name of a channel's messages, or "" when it has none. */
  public String schemaName(int channelId) {
    McapChannel c = contents.channels.get(channelId);
    McapSchema s = c == null ? null : contents.schemas.get(c.schemaId());
    return s == null ? "" : s.name();
  }

  /** A channel's messages in log-time order. */
  public List<MessageRef> messages(int channelId) {
    return contents.messages.getOrDefault(channelId, List.of());
  }

  /** How the file was read (e.g. "no summary section: read by a linear scan"). */
  public List<String> notes() {
    return contents.notes;
  }

  /** Damage found while opening, each with the record's byte offset. */
  public List<String> problems() {
    return contents.problems;
  }

  public int chunkCount() {
    return contents.chunks.size();
  }

  /** Reads one message's data. */
  public McapMessage read(MessageRef m) throws DriveLogException {
    try {
      if (m.chunk() < 0) {
        return messageAt(readRecord(m.offset()), 0, m.offset());
      }
      byte[] records = chunk(m.chunk());
      if (m.offset() < 0 || m.offset() > records.length - 9) {
        throw new McapFault(
            contents.chunks.get(m.chunk()).chunkOffset(), "message index points outside the chunk");
      }
      return messageAt(records, (int) m.offset(), contents.chunks.get(m.chunk()).chunkOffset());
    } catch (McapFault f) {
      throw new DriveLogException(path, f.where(), f.getMessage(), f);
    }
  }

  /**
   * Reads every message of {@code channelIds} in log-time order, opening each chunk once (each
   * message's bytes copied out of its chunk); a chunk that cannot be read is listed in {@code
   * problems} and its messages are left out.
   */
  public List<McapMessage> readAll(Collection<Integer> channelIds, List<String> problems)
      throws DriveLogException {
    List<MessageRef> refs = new ArrayList<>();
    channelIds.forEach(id -> refs.addAll(messages(id)));
    return readRefs(refs, problems);
  }

  /**
   * Reads the messages {@code refs} in log-time order, opening each chunk once; a chunk that cannot
   * be read is listed in {@code problems} and its messages are left out.
   */
  public List<McapMessage> readRefs(List<MessageRef> asked, List<String> problems)
      throws DriveLogException {
    List<MessageRef> refs = new ArrayList<>(asked);
    refs.sort(Comparator.comparingInt(MessageRef::chunk).thenComparingLong(MessageRef::offset));
    List<McapMessage> out = new ArrayList<>();
    int badChunk = Integer.MIN_VALUE;
    for (MessageRef r : refs) {
      if (r.chunk() == badChunk) {
        continue;
      }
      try {
        out.add(detached(read(r)));
      } catch (DriveLogException e) {
        if (r.chunk() >= 0) {
          badChunk = r.chunk();
        }
        problems.add(e.getMessage());
      }
    }
    out.sort(Comparator.comparingLong(McapMessage::logTimeNs));
    return out;
  }

  /**
   * Reads message {@code m} of chunk {@code m.chunk()} from that chunk's records, decoded by {@link
   * #chunkInto} into {@code records[from..from+length)}.
   */
  McapMessage readIn(MessageRef m, byte[] records, int from, int length) throws DriveLogException {
    long where = contents.chunks.get(m.chunk()).chunkOffset();
    try {
      if (m.offset() < 0 || m.offset() > length - 9) {
        throw new McapFault(where, "message index points outside the chunk");
      }
      return messageAt(records, from + (int) m.offset(), from + length, where);
    } catch (McapFault f) {
      throw new DriveLogException(path, f.where(), f.getMessage(), f);
    }
  }

  /**
   * The message with its bytes copied out of the chunk: a list of messages must not hold every
   * decompressed chunk they came from (a 2 GB bag's tf messages would hold the whole bag).
   */
  private static McapMessage detached(McapMessage m) {
    return new McapMessage(
        m.channelId(),
        m.logTimeNs(),
        Arrays.copyOfRange(m.buffer(), m.from(), m.to()),
        0,
        m.to() - m.from());
  }

  private static McapMessage messageAt(byte[] b, int pos, long faultOffset) {
    return messageAt(b, pos, b.length, faultOffset);
  }

  private static McapMessage messageAt(byte[] b, int pos, int end, long faultOffset) {
    if ((b[pos] & 0xff) != McapOpcode.MESSAGE) {
      throw new McapFault(
          faultOffset, "expected a Message record, found opcode " + (b[pos] & 0xff));
    }
    long len = LittleEndian.i64(b, pos + 1);
    if (len < 22 || len > end - pos - 9) {
      throw new McapFault(faultOffset, "Message record declares " + len + " bytes");
    }
    RecordCursor c = new RecordCursor(b, pos + 9, pos + 9 + (int) len, faultOffset);
    int channel = c.u16();
    c.u32();
    long logTime = c.u64();
    c.u64();
    return new McapMessage(channel, logTime, b, c.position(), pos + 9 + (int) len);
  }

  /**
   * A chunk's uncompressed records, from the cache or decompressed once: threads asking for the
   * same chunk at the same time wait for one decompression.
   */
  byte[] chunk(int index) throws DriveLogException {
    FutureTask<byte[]> task;
    boolean mine = false;
    synchronized (chunkCache) {
      task = chunkCache.get(index);
      if (task == null) {
        ChunkInfo c = contents.chunks.get(index);
        task = new FutureTask<>(() -> decodeChunk(c));
        chunkCache.put(index, task);
        mine = true;
        if (chunkCache.size() > CACHED_CHUNKS) {
          chunkCache.remove(chunkCache.keySet().iterator().next());
        }
      }
    }
    if (mine) {
      task.run();
    }
    try {
      return task.get();
    } catch (ExecutionException e) {
      synchronized (chunkCache) {
        chunkCache.remove(index);
      }
      if (e.getCause() instanceof DriveLogException d) {
        throw d;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriveLogException(path, "", "interrupted while reading a chunk", e);
    }
  }

  /** Reads and decompresses a chunk, checking its CRC. */
  byte[] decodeChunk(ChunkInfo c) throws DriveLogException {
    if (!ChunkDecoder.supports(c.compression())) {
      throw new McapFault(
          c.chunkOffset(),
          "chunk compression '" + c.compression() + "' is not supported (none, lz4, zstd are)");
    }
    return ChunkRecord.records(readRecord(c.chunkOffset()), c.chunkOffset());
  }

  /**
   * Chunk {@code index}'s uncompressed records, decoded into a reader thread's reusable {@code
   * buffers} and not cached: they are valid from {@code buffers.recordsFrom} until the next call
   * with the same buffers.
   */
  byte[] chunkInto(int index, ChunkDecoder.Buffers buffers) throws DriveLogException {
    ChunkInfo c = contents.chunks.get(index);
    try {
      return chunkInto(c, buffers);
    } catch (McapFault f) {
      throw new DriveLogException(path, f.where(), f.getMessage(), f);
    }
  }

  private byte[] chunkInto(ChunkInfo c, ChunkDecoder.Buffers buffers) throws DriveLogException {
    if (!ChunkDecoder.supports(c.compression())) {
      throw new McapFault(
          c.chunkOffset(),
          "chunk compression '" + c.compression() + "' is not supported (none, lz4, zstd are)");
    }
    long len = recordLength(c.chunkOffset());
    byte[] record = buffers.stored((int) (9 + len));
    readFully(c.chunkOffset(), record, (int) (9 + len));
    return ChunkRecord.recordsInto(record, (int) (9 + len), c.chunkOffset(), buffers);
  }

  /** Reads a whole record (opcode, length, body) at {@code offset}, checked against the file. */
  byte[] readRecord(long offset) throws DriveLogException {
    return read(offset, 9 + recordLength(offset));
  }

  /** The body length of the record at {@code offset}, checked against the file. */
  private long recordLength(long offset) throws DriveLogException {
    if (offset < 0 || offset > size - 9) {
      throw new McapFault(offset, "record header runs past the end of the file");
    }
    long len = LittleEndian.i64(read(offset + 1, 8), 0);
    if (len < 0 || len > size - offset - 9 || len > ChunkDecoder.MAX_CHUNK) {
      throw new McapFault(
          offset,
          "record declares "
              + len
              + " bytes, the file has "
              + (size - offset - 9)
              + " after its header: truncated");
    }
    String refusal = InputFiles.overBudget(9 + len, "the record");
    if (refusal != null) {
      throw new McapFault(offset, refusal);
    }
    return len;
  }

  /** Reads {@code length} bytes at {@code offset}; the range is checked against the file size. */
  byte[] read(long offset, long length) throws DriveLogException {
    if (offset < 0 || length < 0 || length > size - offset || length > ChunkDecoder.MAX_CHUNK) {
      throw new McapFault(offset, length + " bytes do not fit in the file (" + size + " bytes)");
    }
    String refusal = InputFiles.overBudget(length, "the record");
    if (refusal != null) {
      throw new McapFault(offset, refusal);
    }
    byte[] out = new byte[(int) length];
    readFully(offset, out, (int) length);
    return out;
  }

  /** Reads {@code into[0..length)} from {@code offset} (the range is the caller's check). */
  private void readFully(long offset, byte[] into, int length) throws DriveLogException {
    ByteBuffer buf = ByteBuffer.wrap(into, 0, length);
    try {
      while (buf.hasRemaining()) {
        int n = file.read(buf, offset + buf.position());
        if (n < 0) {
          throw new McapFault(offset, "file ends early");
        }
      }
    } catch (IOException e) {
      throw new DriveLogException(path, "byte " + offset, "cannot read: " + e.getMessage(), e);
    }
  }

  List<ChunkInfo> chunks() {
    return contents.chunks;
  }

  @Override
  public void close() {
    try {
      file.close();
    } catch (IOException ignored) {
      // nothing to release beyond the descriptor
    }
  }
}
