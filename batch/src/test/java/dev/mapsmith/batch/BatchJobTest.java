package dev.mapsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.Lanelet2File;
import dev.mapsmith.labeling.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on {@code local[2]} over two simulated traversals, tiles small enough to cut lines. */
class BatchJobTest {

  static final int LEVEL = 17; // about 70 m: a 4 s drive crosses tile edges
  static final double MARGIN = 12;

  private static Path set;
  private static BatchResult result;
  @TempDir static Path tmp;

  @BeforeAll
  static void runTheJobOnce() throws Exception {
    set = TestDrives.twoTraversals();
    // the manifest plus a drive that is missing and one that is not the format it claims
    String manifest =
        Files.readString(set.resolve("drives.json"))
            .replace(
                "\"drives\": [",
                "\"drives\": [{\"path\": \"nowhere/drive\", \"format\": \"kitti\"},"
                    + " {\"path\": \"traversal_01\", \"format\": \"av2\"},");
    Path file = set.resolve("with-bad.json");
    Files.writeString(file, manifest);
    // stitching is what this class checks; alignment is off so that its output does not hinge on
    // how the reconstruction reacts to centimetre moves (decision 0270; DriveAlignmentTest and
    // BatchCommandTest cover alignment)
    result =
        BatchJob.run(
            options(file, tmp.resolve("out"))
                .withMaster("local[2]")
                .withAlignment(AlignmentConfig.defaults().withEnabled(false)),
            ProgressMonitor.NONE);
  }

  @Test
  void writesOneMergedMapAProjectTheAppOpensAndTheReports() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(result.primitives()).isNotEmpty();
    assertThat(out.resolve("map.osm")).isRegularFile();
    assertThat(out.resolve("map.geojson")).isRegularFile();
    assertThat(out.resolve("tiles.json")).isRegularFile();
    assertThat(out.resolve("alignment.json")).isRegularFile();
    try (Project p = Project.open(out.resolve(BatchOutput.PROJECT))) {
      assertThat(p.snapshot().primitives()).hasSize(result.primitives().size());
    }
    assertThat(Lanelet2File.load(out.resolve("map.osm"), null).map().ways()).isNotEmpty();
    assertThat(result.tiles().size()).isGreaterThan(1);
    assertThat(Files.readString(out.resolve("tiles.json"))).contains("input_points", "warnings");
  }

  @Test
  void badDrivesAreReportedAndSkipped() {
    assertThat(result.skipped()).hasSize(2);
    assertThat(result.skipped().get(0).get("error").toString()).contains("nowhere", "not found");
    assertThat(result.skipped().get(1).get("error").toString()).contains("av2", "kitti");
    assertThat(result.summary().get("drives_used")).isEqualTo(2L);
  }

  @Test
  void linesCrossingTileEdgesAreOneLineAndRecordTheirTraversals() {
    Primitive longest =
        result.primitives().stream()
            .filter(p -> p.mapClass() == MapClass.DIVIDER)
            .max((a, b) -> Double.compare(length(a), length(b)))
            .orElseThrow();
    Set<Long> tiles = new HashSet<>();
    var enu = result.frame().projection();
    for (int i = 0; i < longest.geometry().size(); i++) {
      var g = enu.toGeodetic(longest.geometry().point(i));
      tiles.add(Tiles.cell(g.latDeg(), g.lonDeg(), LEVEL));
    }
    assertThat(tiles).as("tiles one stitched lane line runs through").hasSizeGreaterThan(1);
    assertThat(result.pieces()).isGreaterThan(result.primitives().size());
    assertThat(longest.attributes().get("n_traversals")).hasValue("2");
    assertThat(result.primitives())
        .allSatisfy(p -> assertThat(p.attributes().get("n_traversals")).isPresent());
  }

  @Test
  void aManifestThatIsNotJsonIsAnErrorNamingIt() throws Exception {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"drives\": [");
    assertThatThrownBy(
            () -> BatchJob.run(BatchOptions.of(bad, tmp.resolve("o2")), ProgressMonitor.NONE))
        .hasMessageContaining("bad.json")
        .hasMessageContaining("not a JSON manifest");
    assertThat(tmp.resolve("o2")).doesNotExist();
  }

  /** The small tiles and margin every batch test runs with. */
  static BatchOptions options(Path manifest, Path out) {
    return BatchOptions.of(manifest, out).withTileLevel(LEVEL).withMargin(MARGIN);
  }

  static double length(Primitive p) {
    return ConvexClip.length(p.geometry().toArray());
  }

  static List<String> lines(Path file) throws Exception {
    return Files.readAllLines(file);
  }
}
