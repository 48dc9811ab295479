package dev.mapsmith.drivelog.pcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.HostileFiles;
import dev.mapsmith.drivelog.PointCloud;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted PCD files (issue 17): headers that declare far more than the file holds are refused with
 * the file and the fault before anything is allocated. This class runs in a small heap (see the
 * pom's hostile-inputs execution), so an allocation from a header size would fail it.
 */
class HostilePcdTest {

  @TempDir Path dir;

  static byte[] header(
      String fields, String size, String type, String count, long points, String data) {
    return ("VERSION .7\nFIELDS "
            + fields
            + "\nSIZE "
            + size
            + "\nTYPE "
            + type
            + "\nCOUNT "
            + count
            + "\nWIDTH "
            + points
            + "\nHEIGHT 1\nPOINTS "
            + points
            + "\nDATA "
            + data
            + "\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private Path write(String name, byte[]... parts) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.write(p);
    }
    return Files.write(dir.resolve(name), b.toByteArray());
  }

  @Test
  void aSmallBinaryFileClaimingHundredsOfMillionsOfPointsIsRefusedBeforeAllocating()
      throws Exception {
    Path f =
        write(
            "big.pcd",
            header("x y z", "4 4 4", "F F F", "1 1 1", 300_000_000, "binary"),
            new byte[12]);
    assertThatThrownBy(() -> PcdReader.read(f))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("data ends after 1 of 300000000 points");
    assertThatThrownBy(() -> DriveLogs.open(f)).hasMessageContaining("300000000");
  }

  @Test
  void asciiDataTooShortForItsPointsIsRefusedBeforeAllocating() throws Exception {
    Path f =
        write(
            "ascii.pcd",
            header("x y z", "4 4 4", "F F F", "1 1 1", 300_000_000, "ascii"),
            "1 2 3\n".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> PcdReader.read(f))
        .hasMessageContaining(f.toString())
        .hasMessageContaining("POINTS says 300000000");
  }

  @Test
  void countZeroAndCountOverflowAreRefused() throws Exception {
    Path zero =
        write(
            "zero.pcd",
            header("x y z", "4 4 4", "F F F", "0 0 0", 1_000_000, "binary"),
            new byte[12]);
    assertThatThrownBy(() -> PcdReader.read(zero))
        .hasMessageContaining(zero.toString())
        .hasMessageContaining("COUNT 0");
    Path huge =
        write(
            "huge.pcd",
            header("x y z", "8 8 8", "F F F", "1 1 1073741824", 1, "binary"),
            new byte[24]);
    assertThatThrownBy(() -> PcdReader.read(huge))
        .hasMessageContaining(huge.toString())
        .hasMessageContaining("COUNT too large");
  }

  @Test
  void widthTimesHeightOverflowIsRefused() throws Exception {
    Path f =
        write(
            "wh.pcd",
            ("FIELDS x y z\nSIZE 4 4 4\nTYPE F F F\nWIDTH 2147483647\n"
                    + "HEIGHT 2147483647\nDATA binary\n")
                .getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> PcdReader.read(f))
        .hasMessageContaining(f.toString())
        .hasMessageContaining("more than one cloud holds");
  }

  @Test
  void compressedSizesThatCannotBeTrueAreRefused() throws Exception {
    long points = 100_000_000L;
    ByteBuffer sizes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    sizes.putInt(4).putInt((int) (points * 12));
    Path f =
        write(
            "lzf.pcd",
            header("x y z", "4 4 4", "F F F", "1 1 1", points, "binary_compressed"),
            sizes.array(),
            new byte[] {0, 1, 2, 3});
    assertThatThrownBy(() -> PcdReader.read(f))
        .hasMessageContaining(f.toString())
        .hasMessageContaining("cannot come from 4 bytes of LZF data");
  }

  @Test
  void aFileWithoutAHeaderWithinTheFirstMegabyteIsRefused() throws Exception {
    byte[] junk = new byte[PcdReader.HEADER_MAX + 10];
    java.util.Arrays.fill(junk, (byte) '#');
    Path f = write("junk.pcd", junk);
    assertThatThrownBy(() -> PcdReader.read(f))
        .hasMessageContaining(f.toString())
        .hasMessageContaining("no DATA line");
  }

  @Test
  void aFloatFieldOfOneByteIsRefusedInsteadOfReadingPastTheEnd() throws Exception {
    Path f = write("f1.pcd", header("x y z", "1 1 1", "F F F", "1 1 1", 1, "binary"), new byte[3]);
    assertThatThrownBy(() -> PcdReader.read(f)).hasMessageContaining("TYPE F needs SIZE 4 or 8");
  }

  @Test
  void binaryDataIsReadInChunksAndAgreesWithTheHeader() throws Exception {
    int n = 700_000; // several 4 MiB chunks of 16-byte points
    ByteBuffer data = ByteBuffer.allocate(n * 16).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < n; i++) {
      data.putFloat(i).putFloat(-i).putFloat(0.5f).putFloat(i % 7);
    }
    Path f =
        write(
            "chunks.pcd",
            header("x y z intensity", "4 4 4 4", "F F F F", "1 1 1 1", n, "binary"),
            data.array());
    PointCloud c = PcdReader.read(f);
    assertThat(c.size()).isEqualTo(n);
    assertThat(c.x()[n - 1]).isEqualTo(n - 1);
    assertThat(c.y()[262_144]).isEqualTo(-262_144);
    assertThat(c.intensity()[n - 1]).isEqualTo((n - 1) % 7);
  }

  @Test
  void aNamedPipeInsteadOfAPcdIsRefusedAtOnce() throws Exception {
    Path fifo = HostileFiles.fifo(dir.resolve("pipe.pcd"));
    HostileFiles.within(
        5,
        () ->
            assertThatThrownBy(() -> PcdReader.read(fifo))
                .hasMessageContaining(fifo.toString())
                .hasMessageContaining("named pipe"));
    HostileFiles.within(
        5,
        () -> assertThatThrownBy(() -> DriveLogs.open(fifo)).hasMessageContaining(fifo.toString()));
  }
}
