package dev.mapsmith.drivelog.av2;

import dev.mapsmith.drivelog.DriveLogException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    try (BufferAllocator a = ROOT.newChildAllocator("schema", 0, Long.MAX_VALUE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        ArrowFileReader r = new ArrowFileReader(ch, a, FastCodecs.INSTANCE)) {
      List<String> names = new ArrayList<>();
      for (Field f : r.getVectorSchemaRoot().getSchema().getFields()) {
        names.add(f.getName());
      }
      return names;
    } catch (IOException | RuntimeException e) {
      throw new DriveLogException(
          file, "", "not a readable Arrow/feather file: " + e.getMessage(), e);
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
    try (BufferAllocator a = ROOT.newChildAllocator("read", 0, Long.MAX_VALUE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
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
      throw new DriveLogException(
          file, "", "not a readable Arrow/feather file: " + e.getMessage(), e);
    }
  }

  /** Streams every batch of the file to {@code consumer}; returns the number of rows. */
  static long read(Path file, BatchConsumer consumer) throws DriveLogException {
    try (BufferAllocator a = ROOT.newChildAllocator("read", 0, Long.MAX_VALUE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        ArrowFileReader r = new ArrowFileReader(ch, a, FastCodecs.INSTANCE)) {
      VectorSchemaRoot root = r.getVectorSchemaRoot();
      long rows = 0;
      while (r.loadNextBatch()) {
        consumer.accept(root, (int) rows);
        rows += root.getRowCount();
      }
      return rows;
    } catch (DriveLogException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DriveLogException(
          file, "", "not a readable Arrow/feather file: " + e.getMessage(), e);
    }
  }

  /**
   * Row count from the record-batch messages' metadata (the footer lists the blocks); no column is
   * read or decompressed.
   */
  static long rowCount(Path file) throws DriveLogException {
    try (BufferAllocator a = ROOT.newChildAllocator("count", 0, Long.MAX_VALUE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        ArrowFileReader r = new ArrowFileReader(ch, a, FastCodecs.INSTANCE)) {
      return rows(file, ch, r.getRecordBlocks());
    } catch (DriveLogException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DriveLogException(
          file, "", "not a readable Arrow/feather file: " + e.getMessage(), e);
    }
  }

  private static long rows(Path file, FileChannel ch, List<ArrowBlock> blocks)
      throws IOException, DriveLogException {
    long rows = 0;
    for (ArrowBlock block : blocks) {
      ch.position(block.getOffset());
      MessageMetadataResult m = MessageSerializer.readMessage(new ReadChannel(ch));
      if (m == null || m.getMessage().headerType() != MessageHeader.RecordBatch) {
        throw new DriveLogException(
            file, "byte offset " + block.getOffset(), "footer points at no record batch");
      }
      rows += ((RecordBatch) m.getMessage().header(new RecordBatch())).length();
    }
    return rows;
  }
}
