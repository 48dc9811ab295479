package dev.mapsmith.drivelog.av2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.HostileFiles;
import dev.mapsmith.drivelog.PointCloud;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted feather files and LZ4 frames (issue 17): a changed record-batch length, a changed LZ4
 * uncompressed size and a skippable frame with a negative size end in a clear error naming the
 * file, quickly and within the memory the file's size allows. Runs in a small heap (see the pom).
 */
class HostileFeatherTest {

  static final int ROWS = 4321;

  @TempDir Path dir;

  /** A sweep file of {@link #ROWS} rows, LZ4-compressed or not. */
  static Path sweep(Path f, boolean lz4) throws Exception {
    try (RootAllocator a = new RootAllocator()) {
      List<FieldVector> vs = new java.util.ArrayList<>();
      for (String c : Av2Sweep.COLUMNS) {
        FieldVector v =
            switch (c) {
              case "x", "y", "z" -> new Float2Vector(c, a);
              case "offset_ns" -> new BigIntVector(c, a);
              default -> new UInt1Vector(c, a);
            };
        v.allocateNew();
        for (int i = 0; i < ROWS; i++) {
          if (v instanceof Float2Vector h) {
            h.setSafeWithPossibleTruncate(i, (i % 100) * 0.25f);
          } else if (v instanceof BigIntVector b) {
            b.setSafe(i, i * 1000L);
          } else {
            ((UInt1Vector) v).setSafe(i, i % 200);
          }
        }
        v.setValueCount(ROWS);
        vs.add(v);
      }
      try (VectorSchemaRoot root = new VectorSchemaRoot(vs);
          FileChannel ch =
              FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          ArrowFileWriter w =
              lz4
                  ? new ArrowFileWriter(
                      root,
                      null,
                      ch,
                      Map.of(),
                      IpcOption.DEFAULT,
                      CommonsCompressionFactory.INSTANCE,
                      CompressionUtil.CodecType.LZ4_FRAME)
                  : new ArrowFileWriter(root, null, ch)) {
        root.setRowCount(ROWS);
        w.start();
        w.writeBatch();
        w.end();
      }
    }
    return f;
  }

  /** Replaces the first little-endian int64 {@code from} at or after byte {@code start}. */
  static void patchLong(Path f, int start, long from, long to) throws Exception {
    byte[] b = Files.readAllBytes(f);
    ByteBuffer pat = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(from);
    for (int i = start; i + 8 <= b.length; i++) {
      if (ByteBuffer.wrap(b, i, 8).equals(ByteBuffer.wrap(pat.array()))) {
        ByteBuffer.wrap(b, i, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(to);
        Files.write(f, b);
        return;
      }
    }
    throw new AssertionError("pattern " + from + " not in " + f);
  }

  /**
   * Writes the feather seeds of {@code FeatherFuzzTest#sweep} (run once with {@code
   * -Dmapsmith.writeSeeds=<that folder>}; see drivelog/src/test/fuzz/make_seeds.py).
   */
  @Test
  @EnabledIfSystemProperty(named = "mapsmith.writeSeeds", matches = ".+")
  void writeFuzzSeeds() throws Exception {
    Path out = Files.createDirectories(Path.of(System.getProperty("mapsmith.writeSeeds")));
    Files.copy(sweep(dir.resolve("a.feather"), false), out.resolve("valid_sweep"));
    Files.copy(sweep(dir.resolve("b.feather"), true), out.resolve("valid_sweep_lz4"));
    Path rows = sweep(dir.resolve("c.feather"), false);
    patchLong(rows, 8, ROWS, 2_000_000_000L);
    Files.copy(rows, out.resolve("issue17_batch_length_2e9"));
    Path lz4 = sweep(dir.resolve("d.feather"), true);
    patchLong(lz4, 8, 2L * ROWS, 2_000_000_000L);
    Files.copy(lz4, out.resolve("issue17_lz4_declared_2e9"));
  }

  @Test
  void theSweepsWrittenHereReadBack() throws Exception {
    for (boolean lz4 : new boolean[] {false, true}) {
      Path f = sweep(dir.resolve(lz4 + ".feather"), lz4);
      PointCloud c = new Av2Sweep(0, 0, f).load();
      assertThat(c.size()).isEqualTo(ROWS);
      assertThat(c.x()[ROWS - 1]).isEqualTo(((ROWS - 1) % 100) * 0.25f);
    }
  }

  @Test
  void aRecordBatchLengthOfTwoBillionIsRefusedNotAllocated() throws Exception {
    Path f = sweep(dir.resolve("1.feather"), false);
    patchLong(f, 8, ROWS, 2_000_000_000L);
    Av2Sweep s = new Av2Sweep(0, 0, f);
    HostileFiles.within(
        10,
        () -> {
          assertThatThrownBy(s::pointCount)
              .isInstanceOf(DriveLogException.class)
              .hasMessageContaining(f.toString())
              .hasMessageContaining("declares 2000000000 rows");
          assertThatThrownBy(s::load)
              .isInstanceOf(DriveLogException.class)
              .hasMessageContaining(f.toString());
        });
  }

  @Test
  void anLz4BufferDeclaringTwoGigabytesIsRefused() throws Exception {
    Path f = sweep(dir.resolve("lz4.feather"), true);
    patchLong(f, 8, 2L * ROWS, 2_000_000_000L); // the x column's uncompressed length
    HostileFiles.within(
        10,
        () ->
            assertThatThrownBy(new Av2Sweep(0, 0, f)::load)
                .isInstanceOf(DriveLogException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("not a readable Arrow/feather file")
                .hasMessageNotContaining(": null"));
  }

  @Test
  void garbageAndTruncatedFilesGetAMessageAUserCanActOn() throws Exception {
    Path f = sweep(dir.resolve("t.feather"), false);
    byte[] all = Files.readAllBytes(f);
    Path cut =
        Files.write(dir.resolve("cut.feather"), java.util.Arrays.copyOf(all, all.length / 2));
    Path junk = Files.write(dir.resolve("junk.feather"), new byte[] {'A', 'R', 'R', 'O', 'W', '1'});
    for (Path p : List.of(cut, junk)) {
      assertThatThrownBy(() -> new Av2Sweep(0, 0, p).load())
          .hasMessageContaining(p.toString())
          .hasMessageNotContaining(": null")
          .satisfies(e -> assertThat(e.getMessage()).doesNotMatch(".*feather file: -?\\d+$"));
    }
  }

  @Test
  void aSkippableLz4FrameWithANegativeOrOversizedSizeFailsAtOnce() {
    for (int size : new int[] {-8, -1, Integer.MAX_VALUE, 100}) {
      ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
      b.putInt(0x184D2A50).putInt(size).putLong(0);
      HostileFiles.within(
          2,
          () ->
              assertThatThrownBy(() -> Lz4Frame.decode(b.array(), 0, 16, new byte[4]))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageContaining("byte"));
    }
  }

  @Test
  void anLz4BlockCutOffInsideALengthFailsCleanly() {
    byte[] frame = {
      0x04, 0x22, 0x4D, 0x18, 0x60, 0x40, (byte) 0x82, 2, 0, 0, 0, (byte) 0xF0, (byte) 0xFF
    };
    assertThatThrownBy(() -> Lz4Frame.decode(frame, 0, frame.length, new byte[1000]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cut off");
  }
}
