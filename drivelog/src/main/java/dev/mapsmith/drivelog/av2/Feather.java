package dev.mapsmith.drivelog.av2;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.MessageMetadataResult;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Reads Arrow IPC ("feather" v2) files, LZ4 or ZSTD compressed or not, batch by batch, and checks
 * their columns against what a reader expects. Errors name the file and the column.
 */
final class Feather {

  private static final BufferAllocator ROOT = new RootAllocator();

  /** Receives each record batch; the vectors are valid only during the call. */
  interface BatchConsumer {
    void accept(VectorSchemaRoot batch, int firstRow) throws DriveLogException;
  }

  private Feather() {}

  /** The column names of a file. */
  static List<String> columns(Path file) throws DriveLogException {
    try (FileChannel ch = InputFiles.open(file);
        BufferAllocator a = ROOT.newChildAllocator("schema", 0, limitFor(ch.size()));
        ArrowFileReader r = new ArrowFileReader(ch, a, FastCodecs.INSTANCE)) {
      List<String> names = new ArrayList<>();
      for (Field f : r.getVectorSchemaRoot().getSchema().getFields()) {
        names.add(f.getName());
      }
      return names;
    } catch (DriveLogException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw unreadable(file, e);
    }
  }

  /** Fails unless the file's columns are exactly {@code expected} (in any order). */
  static void requireColumns(
      Path file, List<String> actual, List<String> expected, boolean allowExtra)
      throws DriveLogException {
    for (String c : expected) {
      if (!actual.contains(c)) {
        throw new DriveLogException(
            file, "column " + c, "missing column '" + c + "' (has " + actual + ")");
      }
    }
    if (!allowExtra) {
      for (String c : actual) {
        if (!expected.contains(c)) {
          throw new DriveLogException(
              file, "column " + c, "unexpected column '" + c + "' (expected " + expected + ")");
        }
      }
    }
  }

  /** Builds the destination once the row count is known (before any column is decompressed). */
  interface Sized<T> {
    T allocate(long rows) throws DriveLogException;
  }

  /**
   * Opens the file once: checks the columns against {@code expected} (no extras), counts the rows
   * from the batch metadata, lets {@code sized} allocate, then streams every batch to {@code
   * consumer}.
   */
  static <T> T readExact(Path file, List<String> expected, Sized<T> sized, BatchConsumer consumer)
      throws DriveLogException {
    try (FileChannel ch = InputFiles.open(file);
        BufferAllocator a = ROOT.newChildAllocator("read", 0, limitFor(ch.size()));
        ArrowFileReader r = new ArrowFileReader(ch, a, FastCodecs.INSTANCE)) {
      VectorSchemaRoot root = r.getVectorSchemaRoot();
      List<String> names = new ArrayList<>();
      for (Field f : root.getSchema().getFields()) {
        names.add(f.getName());
      }
      requireColumns(file, names, expected, false);
      T out = sized.allocate(rows(file, ch, r.getRecordBlocks()));
      long rows = 0;
      for (ArrowBlock block : r.getRecordBlocks()) {
        r.loadRecordBatch(block);
        consumer.accept(root, (int) rows);
        rows += root.getRowCount();
      }
      return out;
    } catch (DriveLogException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw unreadable(file, e);
    }
  }

  /** Streams every batch of the file to {@code consumer}; returns the number of rows. */
  static long read(Path file, BatchConsumer consumer) throws DriveLogException {
    try (FileChannel ch = InputFiles.open(file);
        BufferAllocator a = ROOT.newChildAllocator("read", 0, limitFor(ch.size()));
        ArrowFileReader r = new ArrowFileReader(ch, a, FastCodecs.INSTANCE)) {
      VectorSchemaRoot root = r.getVectorSchemaRoot();
      long rows = 0;
      checkBlocks(file, ch, r.getRecordBlocks());
      while (r.loadNextBatch()) {
        consumer.accept(root, (int) rows);
        rows += root.getRowCount();
      }
      return rows;
    } catch (DriveLogException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Row count from the record-batch messages' metadata (the footer lists the blocks); no column is
   * read or decompressed.
   */
  static long rowCount(Path file) throws DriveLogException {
    try (FileChannel ch = InputFiles.open(file);
        BufferAllocator a = ROOT.newChildAllocator("count", 0, limitFor(ch.size()));
        ArrowFileReader r = new ArrowFileReader(ch, a, FastCodecs.INSTANCE)) {
      return rows(file, ch, r.getRecordBlocks());
    } catch (DriveLogException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Fails unless every block the footer lists lies inside the file and its message's declared
   * length fits its metadata (Arrow allocates a message's declared length before reading it).
   */
  private static void checkBlocks(Path file, FileChannel ch, List<ArrowBlock> blocks)
      throws IOException, DriveLogException {
    long size = ch.size();
    java.nio.ByteBuffer prefix =
        java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (ArrowBlock b : blocks) {
      long end = b.getOffset() + (long) b.getMetadataLength() + b.getBodyLength();
      if (b.getOffset() < 0
          || b.getMetadataLength() < 8
          || b.getBodyLength() < 0
          || end < 0
          || end > size) {
        throw new DriveLogException(
            file,
            "byte offset " + b.getOffset(),
            "a record batch of "
                + b.getMetadataLength()
                + " + "
                + b.getBodyLength()
                + " bytes lies outside the file ("
                + size
                + " bytes); truncated or corrupt");
      }
      prefix.clear();
      ch.read(prefix, b.getOffset());
      int length = prefix.getInt(0) == -1 ? prefix.getInt(4) : prefix.getInt(0);
      if (length < 0 || length > b.getMetadataLength()) {
        throw new DriveLogException(
            file,
            "byte offset " + b.getOffset(),
            "a message declares "
                + length
                + " bytes of metadata in a block of "
                + b.getMetadataLength());
      }
    }
  }

  private static long rows(Path file, FileChannel ch, List<ArrowBlock> blocks)
      throws IOException, DriveLogException {
    checkBlocks(file, ch, blocks);
    long rows = 0;
    for (ArrowBlock block : blocks) {
      ch.position(block.getOffset());
      MessageMetadataResult m = MessageSerializer.readMessage(new ReadChannel(ch));
      if (m == null || m.getMessage().headerType() != MessageHeader.RecordBatch) {
        throw new DriveLogException(
            file, "byte offset " + block.getOffset(), "footer points at no record batch");
      }
      RecordBatch batch = (RecordBatch) m.getMessage().header(new RecordBatch());
      long most =
          8 * block.getBodyLength() * (batch.compression() == null ? 1 : Lz4Frame.MAX_RATIO);
      if (batch.length() < 0 || batch.length() > most) {
        throw new DriveLogException(
            file,
            "byte offset " + block.getOffset(),
            "a record batch declares "
                + batch.length()
                + " rows but holds only "
                + block.getBodyLength()
                + " bytes of data");
      }
      rows += batch.length();
    }
    return rows;
  }

  /**
   * The most memory Arrow may take for a file of {@code size} bytes: 64 MiB plus 32 times the file
   * (room for compressed columns), and never more than the per-file budget.
   */
  static long limitFor(long size) {
    long limit = (64L << 20) + 32 * size;
    return Math.min(limit, InputFiles.budgetBytes());
  }

  /** A message a user can act on, whatever Arrow threw (some of its errors have none). */
  private static DriveLogException unreadable(Path file, Exception e) {
    String what;
    if (e instanceof org.apache.arrow.memory.OutOfMemoryException) {
      what = "declares more data than a file of its size can hold (" + e.getMessage() + ")";
    } else if (e instanceof IndexOutOfBoundsException
        || e instanceof java.nio.BufferUnderflowException
        || e instanceof java.io.EOFException) {
      what = "truncated or corrupt: an offset or length points outside the file";
    } else if (e.getMessage() == null || e.getMessage().matches("-?\\d+")) {
      what = "corrupt (" + e.getClass().getSimpleName() + ")";
    } else {
      what = e.getMessage();
    }
    return new DriveLogException(file, "", "not a readable Arrow/feather file: " + what, e);
  }
}
