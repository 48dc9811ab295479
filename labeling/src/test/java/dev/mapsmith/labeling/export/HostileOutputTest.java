package dev.mapsmith.labeling.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.CancelledException;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.mcap.McapFixtures;
import dev.mapsmith.labeling.TestMaps;
import dev.mapsmith.labeling.export.lanelet2.Lanelet2Writer;
import dev.mapsmith.labeling.export.mcap.FoxgloveExport;
import dev.mapsmith.labeling.export.training.DriveLidar;
import dev.mapsmith.labeling.export.training.TrainingSetExport;
import dev.mapsmith.labeling.export.training.TrainingSetOptions;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planted entries around an export's output (issue 17): symbolic links named {@code OUT.part} or
 * {@code map_projector_info.yaml}, a FIFO given as the output, a user's {@code OUT.part} folder. No
 * file outside the output is written or deleted, and a failed export leaves no temporary entry.
 */
class HostileOutputTest {

  @TempDir Path dir;
  Path victim;

  @BeforeEach
  void plantVictim() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    victim = Files.writeString(elsewhere.resolve("precious.txt"), "keep me");
  }

  private List<Primitive> sample() {
    return List.of(TestMaps.line(MapClass.DIVIDER, 0, 0, 0, 10, 0, 0).withId(1));
  }

  private void assertVictimUntouched() throws Exception {
    assertThat(Files.readString(victim)).isEqualTo("keep me");
  }

  /** Entries in the output folder other than the expected ones (leftover temporary files). */
  private List<String> leftovers(Path folder, String... expected) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !List.of(expected).contains(n))
          .sorted()
          .toList();
    }
  }

  @Test
  void exportsNeverWriteThroughAPlantedPartSymlink() throws Exception {
    Path out = dir.resolve("map.geojson");
    Files.createSymbolicLink(dir.resolve("map.geojson.part"), victim);
    GeoJsonWriter.write(sample(), new NamedLocalFrame("X"), out);
    assertVictimUntouched();
    assertThat(Files.readString(out)).contains("FeatureCollection");
    Path osm = dir.resolve("map.osm");
    Files.createSymbolicLink(dir.resolve("map.osm.part"), victim);
    Lanelet2Writer.write(sample(), new NamedLocalFrame("X"), osm, ProgressMonitor.NONE);
    assertVictimUntouched();
    assertThat(
            leftovers(
                dir,
                "elsewhere",
                "map.geojson",
                "map.geojson.part",
                "map.osm",
                "map.osm.part",
                "map_projector_info.yaml",
                "map.map_projector_info.yaml"))
        .isEmpty();
  }

  @Test
  void theFoxgloveExportNeverWritesThroughOrDeletesAPlantedPartSymlink() throws Exception {
    Path out = dir.resolve("drive.mcap");
    Path part = Files.createSymbolicLink(dir.resolve("drive.mcap.part"), victim);
    try (DriveLog drive = DriveLogs.open(McapFixtures.bag("tf-velodyne-zstd.mcap"))) {
      FoxgloveExport.write(sample(), drive.metadata().frame(), drive, out, ProgressMonitor.NONE);
    }
    assertVictimUntouched();
    assertThat(Files.isSymbolicLink(part)).isTrue();
    assertThat(Files.size(out)).isGreaterThan(1000);
    assertThat(leftovers(dir, "elsewhere", "drive.mcap", "drive.mcap.part")).isEmpty();
  }

  @Test
  void aSymlinkedProjectorSidecarIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path osm = dir.resolve("map.osm");
    Files.createSymbolicLink(dir.resolve("map_projector_info.yaml"), victim);
    assertThatThrownBy(
            () ->
                Lanelet2Writer.write(
                    sample(),
                    new LocalEnuFrame(new GeoOrigin(49, 8, 100)),
                    osm,
                    ProgressMonitor.NONE))
        .hasMessageContaining("map_projector_info.yaml")
        .hasMessageContaining("symbolic link");
    assertVictimUntouched();
    assertThat(osm).doesNotExist();
    Files.delete(dir.resolve("map_projector_info.yaml"));
    Files.createSymbolicLink(dir.resolve("map.origin"), victim);
    assertThatThrownBy(
            () ->
                Lanelet2Writer.write(
                    sample(),
                    new LocalEnuFrame(new GeoOrigin(49, 8, 100)),
                    osm,
                    ProgressMonitor.NONE))
        .hasMessageContaining("map.origin");
    assertVictimUntouched();
  }

  @Test
  void aFifoGivenAsTheOutputIsRefusedAndStaysAFifo() throws Exception {
    Path fifo = dir.resolve("out.geojson");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("no mkfifo: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(p.waitFor() == 0);
    assertThatThrownBy(() -> GeoJsonWriter.write(sample(), new NamedLocalFrame("X"), fifo))
        .hasMessageContaining(fifo.toString())
        .hasMessageContaining("named pipe");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(leftovers(dir, "elsewhere", "out.geojson")).isEmpty();
  }

  @Test
  void aFolderGivenAsAFileOutputIsRefusedAndLeavesNoPartFile() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("out.osm"));
    assertThatThrownBy(
            () ->
                Lanelet2Writer.write(
                    sample(), new NamedLocalFrame("X"), folder, ProgressMonitor.NONE))
        .hasMessageContaining(folder.toString())
        .hasMessageContaining("a directory");
    assertThat(leftovers(dir, "elsewhere", "out.osm")).isEmpty();
    assertThat(leftovers(folder)).isEmpty();
  }

  @Test
  void theTrainingSetExportNeverDeletesAPartFolderItDidNotCreate() throws Exception {
    Path out = dir.resolve("set");
    Path users = Files.createDirectories(dir.resolve("set.part"));
    Files.writeString(users.resolve("notes.txt"), "mine");
    LaneMap map = new LaneMap(new NamedLocalFrame("T"), sample());
    List<DriveLidar> none = List.of(new DriveLidar("d", Collections::<PointCloud>emptyIterator));
    TrainingSetExport.write(
        map, none, TrainingSetOptions.DEFAULT, Map.of(), out, ProgressMonitor.NONE);
    assertThat(Files.readString(users.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(out.resolve("manifest.json")).exists();
    assertThat(leftovers(dir, "elsewhere", "set", "set.part")).isEmpty();
  }

  @Test
  void aFailedOrCancelledExportLeavesNoTemporaryEntry() throws Exception {
    Path out = dir.resolve("set");
    LaneMap map = new LaneMap(new NamedLocalFrame("T"), sample());
    ProgressMonitor cancelled =
        new ProgressMonitor() {
          @Override
          public void progress(double fraction, String message) {}

          @Override
          public boolean isCancelled() {
            return true;
          }
        };
    List<DriveLidar> drives =
        List.of(new DriveLidar("d", () -> List.of(PointCloud.allocate(1, false)).iterator()));
    assertThatThrownBy(
            () ->
                TrainingSetExport.write(
                    map, drives, TrainingSetOptions.DEFAULT, Map.of(), out, cancelled))
        .isInstanceOf(CancelledException.class);
    Path osm = dir.resolve("map.osm");
    assertThatThrownBy(
            () -> Lanelet2Writer.write(sample(), new NamedLocalFrame("X"), osm, cancelled))
        .isInstanceOf(CancelledException.class);
    assertThat(leftovers(dir, "elsewhere")).isEmpty();
  }

  @Test
  void aNonEmptyOutputFolderIsRefusedAndKept() throws Exception {
    Path out = Files.createDirectories(dir.resolve("set"));
    Files.writeString(out.resolve("keep.txt"), "x");
    LaneMap map = new LaneMap(new NamedLocalFrame("T"), sample());
    assertThatThrownBy(
            () ->
                TrainingSetExport.write(
                    map,
                    List.of(),
                    TrainingSetOptions.DEFAULT,
                    Map.of(),
                    out,
                    ProgressMonitor.NONE))
        .hasMessageContaining(out.toAbsolutePath().toString())
        .hasMessageContaining("not empty");
    assertThat(out.resolve("keep.txt")).exists();
    assertThat(leftovers(dir, "elsewhere", "set")).isEmpty();
  }
}
