package dev.mapsmith.labeling.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.mcap.McapFixtures;
import dev.mapsmith.labeling.TestMaps;
import dev.mapsmith.labeling.export.mcap.FoxgloveExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports onto a disk that fills up (issue 17), on a real 64 KiB tmpfs (needs root and mount, as
 * {@code UnwritableStorageTest}; skipped otherwise: {@code AtomicOutputDiskFullTest} injects the
 * same failure everywhere): the export fails with an error naming the output and "No space left on
 * device", the previous export is left exactly as it was, and nothing else is left on the disk.
 */
class DiskFullExportTest {

  private static final String PREVIOUS = "the previous export";

  @TempDir Path dir;
  Path disk;

  @BeforeEach
  void mountTinyDisk() throws Exception {
    disk = Files.createDirectories(dir.resolve("tiny"));
    Assumptions.assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString()),
        "needs root and mount to make a 64 KiB tmpfs");
  }

  @AfterEach
  void unmount() throws Exception {
    run("umount", disk.toString());
  }

  @Test
  void aFoxgloveExportThatFillsTheDiskLeavesThePreviousFileAndNoPartialOne() throws Exception {
    Path out = Files.writeString(disk.resolve("drive.mcap"), PREVIOUS);
    try (DriveLog drive = DriveLogs.open(McapFixtures.bag("tf-velodyne-none.mcap"))) {
      assertThatThrownBy(
              () ->
                  FoxgloveExport.write(
                      map(20), drive.metadata().frame(), drive, out, ProgressMonitor.NONE))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(out.toString())
          .hasMessageContaining("No space left on device");
    }
    assertThat(Files.readString(out)).isEqualTo(PREVIOUS);
    assertThat(entries()).containsExactly("drive.mcap");
  }

  @Test
  void aGeoJsonExportThatFillsTheDiskLeavesThePreviousFileAndNoPartialOne() throws Exception {
    Path out = Files.writeString(disk.resolve("map.geojson"), PREVIOUS);
    assertThatThrownBy(() -> GeoJsonWriter.write(map(2000), new NamedLocalFrame("X"), out))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(out.toString())
        .hasMessageContaining("No space left on device");
    assertThat(Files.readString(out)).isEqualTo(PREVIOUS);
    assertThat(entries()).containsExactly("map.geojson");
  }

  private static List<Primitive> map(int n) {
    List<Primitive> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(TestMaps.divider(100 + i, 200, 30, 8).withId(i + 1));
    }
    return out;
  }

  private List<String> entries() throws IOException {
    try (Stream<Path> s = Files.list(disk)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static boolean run(String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
