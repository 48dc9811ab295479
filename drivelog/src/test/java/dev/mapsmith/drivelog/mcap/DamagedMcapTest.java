package dev.mapsmith.drivelog.mcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.mcap.ros2.CdrException;
import dev.mapsmith.drivelog.mcap.ros2.PointCloud2Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bags written by {@code @mcap/core}, then damaged by the test: a clear error naming the record's
 * byte offset, and what can be read is read.
 */
class DamagedMcapTest {

  @TempDir Path dir;

  @Test
  void cutShortFileIsScannedUpToTheCut() throws Exception {
    byte[] whole = Files.readAllBytes(McapFixtures.bag("tf-velodyne-zstd.mcap"));
    Path cut = dir.resolve("cut.mcap");
    Files.write(cut, Arrays.copyOf(whole, whole.length * 6 / 10));
    try (DriveLog log = DriveLogs.open(cut)) {
      assertThat(log.details().get("notes").toString()).contains("linear scan");
      assertThat(log.skipped()).hasSize(1);
      assertThat(log.skipped().get(0).reason())
          .containsPattern("record at byte \\d+")
          .contains("cut short");
      assertThat(log.sweeps().size()).isBetween(1, 19);
      for (LidarSweep s : log.sweeps()) {
        assertThat(s.load().size()).isEqualTo(40);
      }
      assertThat(log.details()).containsEntry("pose_source", "tf");
    }
    assertThatThrownBy(() -> DriveLogs.openStrict(cut))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("cut short");
  }

  @Test
  void badChunkCrcIsReportedWithItsOffsetAndOtherChunksStillRead() throws Exception {
    Path bag = dir.resolve("crc.mcap");
    Files.copy(McapFixtures.bag("tf-velodyne-none.mcap"), bag);
    long chunkOffset;
    try (McapFile f = McapFile.open(bag)) {
      ChunkInfo c = f.chunks().get(3);
      chunkOffset = c.chunkOffset();
      byte[] b = Files.readAllBytes(bag);
      int at = (int) (c.recordsOffset() + c.compressedSize() - 40); // inside the last record
      b[at] ^= 0x5a;
      Files.write(bag, b);
    }
    try (DriveLog log = DriveLogs.open(bag)) {
      List<String> failures = new ArrayList<>();
      int loaded = 0;
      for (LidarSweep s : log.sweeps()) {
        try {
          s.load();
          loaded++;
        } catch (DriveLogException e) {
          failures.add(e.getMessage());
        }
      }
      List<String> all = new ArrayList<>(failures);
      log.skipped().forEach(s -> all.add(s.reason()));
      assertThat(all)
          .isNotEmpty()
          .allSatisfy(
              m ->
                  assertThat(m).contains("record at byte " + chunkOffset).contains("CRC mismatch"));
      assertThat(loaded).isGreaterThan(10);
    }
  }

  @Test
  void hugeDeclaredChunkSizeIsRefusedBeforeAllocating() throws Exception {
    Path bag = dir.resolve("huge.mcap");
    Files.copy(McapFixtures.bag("tf-velodyne-zstd.mcap"), bag);
    long chunkOffset;
    try (McapFile f = McapFile.open(bag)) {
      chunkOffset = f.chunks().get(2).chunkOffset();
    }
    byte[] b = Files.readAllBytes(bag);
    int at = (int) chunkOffset + 9 + 16; // uncompressed_size, after the start and end times
    java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(at, 0x7ff0_0000L);
    Files.write(bag, b);
    try (DriveLog log = DriveLogs.open(bag)) {
      List<String> all = new ArrayList<>();
      log.skipped().forEach(s -> all.add(s.reason()));
      for (LidarSweep s : log.sweeps()) {
        try {
          s.load();
        } catch (DriveLogException e) {
          all.add(e.getMessage());
        }
      }
      assertThat(all)
          .isNotEmpty()
          .allSatisfy(
              m -> assertThat(m).contains("record at byte " + chunkOffset).contains("can hold"));
    }
  }

  @Test
  void unknownChunkCompressionIsNamedAndItsMessagesLeftOut() throws Exception {
    Path bag = McapFixtures.bag("tf-velodyne-unknown-compression.mcap");
    try (DriveLog log = DriveLogs.open(bag)) {
      assertThat(log.sweeps()).isEmpty();
      assertThat(log.skipped())
          .isNotEmpty()
          .allSatisfy(
              s ->
                  assertThat(s.reason())
                      .containsPattern("record at byte \\d+")
                      .contains("compression 'brotli' is not supported"));
    }
    assertThatThrownBy(() -> DriveLogs.openStrict(bag)).hasMessageContaining("brotli");
  }

  @Test
  void notAnMcapFile() throws Exception {
    Path bag = dir.resolve("x.mcap");
    Files.writeString(bag, "not a bag at all");
    assertThatThrownBy(() -> DriveLogs.open(bag))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("x.mcap")
        .hasMessageContaining("not an MCAP file");
  }

  @Test
  void declaredLengthsLargerThanTheMessageAreCaughtBeforeAllocating() throws Exception {
    try (McapFile f = McapFile.open(McapFixtures.bag("tf-velodyne-zstd.mcap"))) {
      int lidar =
          f.channels().values().stream()
              .filter(c -> c.topic().equals("/velodyne_points"))
              .findFirst()
              .orElseThrow()
              .id();
      McapMessage m = f.read(f.messages(lidar).get(0));
      byte[] b = Arrays.copyOfRange(m.buffer(), m.from(), m.to());
      PointCloud2Message ok = PointCloud2Message.decode(b, 0, b.length);
      // the uint8[] data length sits 4 bytes before the point bytes: claim 2 GB
      int lengthAt = ok.dataFrom() - 4;
      b[lengthAt] = (byte) 0xff;
      b[lengthAt + 1] = (byte) 0xff;
      b[lengthAt + 2] = (byte) 0xff;
      b[lengthAt + 3] = (byte) 0x7f;
      assertThatThrownBy(() -> PointCloud2Message.decode(b, 0, b.length))
          .isInstanceOf(CdrException.class)
          .hasMessageContaining("runs past the end");
      // a message cut in the middle of its points
      byte[] cut = Arrays.copyOf(m.buffer(), m.to());
      assertThatThrownBy(() -> PointCloud2Message.decode(cut, m.from(), m.to() - 100))
          .isInstanceOf(CdrException.class);
    }
  }
}
