package dev.mapsmith.drivelog.av2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.compression.CompressionCodec;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorOutputStream;
import org.junit.jupiter.api.Test;

/** The in-house LZ4 frame decoder agrees byte for byte with commons-compress, and fails cleanly. */
class Lz4FrameTest {

  @Test
  void decodesWhatCommonsCompressWritesWithAndWithoutBlockDependencyAndChecksums()
      throws Exception {
    byte[] data = sample(300_000);
    for (FramedLZ4CompressorOutputStream.Parameters p :
        List.of(
            FramedLZ4CompressorOutputStream.Parameters.DEFAULT,
            new FramedLZ4CompressorOutputStream.Parameters(
                FramedLZ4CompressorOutputStream.BlockSize.K64, true, true, true))) {
      byte[] frame = compress(data, p);
      byte[] out = new byte[data.length];
      Lz4Frame.decode(frame, 0, frame.length, out);
      assertThat(out).isEqualTo(data);
    }
  }

  @Test
  void truncatedOrWrongSizedFramesFailWithAnOffset() throws Exception {
    byte[] data = sample(50_000);
    byte[] frame = compress(data, FramedLZ4CompressorOutputStream.Parameters.DEFAULT);
    assertThatThrownBy(() -> Lz4Frame.decode(frame, 0, frame.length - 100, new byte[data.length]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at byte");
    assertThatThrownBy(() -> Lz4Frame.decode(frame, 0, frame.length, new byte[data.length + 1]))
        .hasMessageContaining("declared");
    byte[] bad = frame.clone();
    bad[0] = 0;
    assertThatThrownBy(() -> Lz4Frame.decode(bad, 0, bad.length, new byte[data.length]))
        .hasMessageContaining("not an LZ4 frame");
  }

  @Test
  void theFixtureSweepDecodesIdenticallyWithArrowsOwnCodec() throws Exception {
    Path dir = Fixtures.require(Fixtures.AV2_LOG).resolve("sensors/lidar");
    Path file;
    try (var s = Files.list(dir)) {
      file = s.filter(p -> p.toString().endsWith(".feather")).findFirst().orElseThrow();
    }
    List<String> ours = columns(file, FastCodecs.INSTANCE);
    List<String> theirs = columns(file, CommonsCompressionFactory.INSTANCE);
    assertThat(ours).hasSize(12).isEqualTo(theirs); // two batches of six columns
  }

  /** Each column's values as one string (hash of the raw data buffer plus the first values). */
  private static List<String> columns(Path file, CompressionCodec.Factory codecs) throws Exception {
    List<String> out = new ArrayList<>();
    try (BufferAllocator a = new RootAllocator();
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        ArrowFileReader r = new ArrowFileReader(ch, a, codecs)) {
      while (r.loadNextBatch()) {
        for (FieldVector v : r.getVectorSchemaRoot().getFieldVectors()) {
          byte[] raw = new byte[(int) v.getDataBuffer().writerIndex()];
          v.getDataBuffer().getBytes(0, raw);
          out.add(v.getName() + " " + v.getValueCount() + " " + Arrays.hashCode(raw));
        }
      }
    }
    return out;
  }

  private static byte[] sample(int n) {
    Random rnd = new Random(3);
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      // runs, short repeats and noise: literals, short and overlapping matches all occur
      b[i] = (byte) (i % 1000 < 300 ? rnd.nextInt(256) : i % 1000 < 600 ? (i % 7) : 42);
    }
    return b;
  }

  private static byte[] compress(byte[] data, FramedLZ4CompressorOutputStream.Parameters p)
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FramedLZ4CompressorOutputStream out = new FramedLZ4CompressorOutputStream(bytes, p)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }
}
