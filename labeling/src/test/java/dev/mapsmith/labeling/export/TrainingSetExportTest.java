package dev.mapsmith.labeling.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.labeling.TestMaps;
import dev.mapsmith.labeling.export.training.DriveLidar;
import dev.mapsmith.labeling.export.training.TrainingSetExport;
import dev.mapsmith.labeling.export.training.TrainingSetOptions;
import dev.mapsmith.labeling.export.training.UnreviewedTiles;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingSetExportTest {

  @TempDir Path dir;

  /** Ground at z = 10 + 0.1 intensity over one tile, a bright stripe at y 1.9..2.1 m. */
  private static Iterator<PointCloud> road() {
    List<PointCloud> clouds = new ArrayList<>();
    for (int sweep = 0; sweep < 2; sweep++) {
      int n = 256 * 256;
      PointCloud c = PointCloud.allocate(n + 1, false);
      int k = 0;
      for (int row = 0; row < 256; row++) {
        for (int col = 0; col < 256; col++) {
          float x = (col + 0.5f) * 0.1f, y = (row + 0.5f) * 0.1f;
          c.x()[k] = x;
          c.y()[k] = y;
          c.z()[k] = 10f + (y < 0.3f ? 0.15f : 0f);
          c.intensity()[k] = (y > 1.9f && y < 2.1f) ? 0.9f : 0.1f;
          k++;
        }
      }
      c.x()[k] = 40f; // a point in the next tile east: too sparse to be written
      c.y()[k] = 1f;
      c.z()[k] = 10f;
      clouds.add(c);
    }
    return clouds.iterator();
  }

  private static Primitive p(long id, MapClass c, ReviewState r, Attributes a, double... xyz) {
    return TestMaps.line(c, xyz).withId(id).withReview(r).withAttributes(a);
  }

  @Test
  void writesTheContractTheModelsRead() throws Exception {
    LaneMap map =
        new LaneMap(
            new NamedLocalFrame("T"),
            List.of(
                p(
                    1,
                    MapClass.DIVIDER,
                    ReviewState.VERIFIED,
                    Attributes.of("subtype", "solid"),
                    1,
                    2,
                    10,
                    24,
                    2,
                    10),
                p(
                    2,
                    MapClass.DIVIDER,
                    ReviewState.CORRECTED,
                    Attributes.of("subtype", "dashed"),
                    1,
                    10,
                    10,
                    24,
                    10,
                    10),
                p(3, MapClass.BOUNDARY, ReviewState.AUTO, Attributes.EMPTY, 1, 15, 10, 24, 15, 10),
                p(
                    4,
                    MapClass.PED_CROSSING,
                    ReviewState.VERIFIED,
                    Attributes.EMPTY,
                    5,
                    20,
                    10,
                    9,
                    20,
                    10,
                    9,
                    24,
                    10,
                    5,
                    24,
                    10)));
    Path out = dir.resolve("set");
    List<DriveLidar> drives =
        List.of(
            new DriveLidar("drive-a", TrainingSetExportTest::road),
            new DriveLidar("drive/b", TrainingSetExportTest::road));
    TrainingSetExport.write(
        map,
        drives,
        TrainingSetOptions.DEFAULT.with(UnreviewedTiles.AS_BACKGROUND),
        Map.of("project", "p.mapsmith"),
        out,
        ProgressMonitor.NONE);

    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(m.get("format").asText()).isEqualTo("mapsmith-training-set");
    assertThat(m.get("version").asInt()).isEqualTo(1);
    assertThat(m.get("tile_size").asInt()).isEqualTo(256);
    assertThat(m.get("resolution_m").asDouble()).isEqualTo(0.1);
    assertThat(m.get("channels").toString())
        .isEqualTo(
            "[\"max_intensity\",\"mean_intensity\",\"height_span\",\"min_z_rel\",\"density\"]");
    assertThat(m.get("classes").toString())
        .isEqualTo(
            "[\"background\",\"solid_divider\",\"dashed_divider\",\"boundary\",\"crosswalk\",\"stop_line\"]");
    assertThat(m.at("/splits/train")).hasSize(1);
    assertThat(m.at("/splits/val")).hasSize(1); // split by drive: one drive each
    assertThat(m.at("/counts/train/classes/boundary/labels").asLong()).isZero(); // AUTO left out
    assertThat(m.at("/counts/train/classes/crosswalk/labels").asLong()).isEqualTo(1);
    assertThat(m.at("/provenance/project").asText()).isEqualTo("p.mapsmith");

    String id = m.at("/splits/train/0").asText();
    assertThat(List.of(m.at("/splits/train/0").asText(), m.at("/splits/val/0").asText()))
        .containsExactlyInAnyOrder("drive-a_0_0", "drive-b_0_0");
    byte[] raw = Files.readAllBytes(out.resolve("tiles/" + id + ".f32"));
    assertThat(raw).hasSize(5 * 256 * 256 * 4);
    ByteBuffer f = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
    int stripeRow = 255 - 20; // y = 2.05 m is grid row 20 from the south
    assertThat(at(f, 0, stripeRow, 50)).isEqualTo(0.9f);
    assertThat(at(f, 0, 255 - 5, 50)).isEqualTo(0.1f);
    assertThat(at(f, 3, 100, 50)).isCloseTo(0f, within(1e-6f)); // ground: min_z_rel 0
    assertThat(at(f, 3, 255, 50)).isCloseTo(0.15f, within(1e-4f)); // southern-most row, the curb
    assertThat(at(f, 4, 0, 0)).isCloseTo((float) Math.log1p(2), within(1e-6f)); // two sweeps

    BufferedImage mask = ImageIO.read(out.resolve("tiles/" + id + ".mask.png").toFile());
    assertThat(mask.getWidth()).isEqualTo(256);
    assertThat(mask.getRaster().getNumBands()).isEqualTo(1);
    assertThat(mask.getRaster().getSample(100, 255 - 20, 0)).isEqualTo(1); // solid divider at y=2
    assertThat(mask.getRaster().getSample(100, 255 - 100, 0)).isEqualTo(2); // dashed at y=10
    assertThat(mask.getRaster().getSample(100, 255 - 150, 0))
        .isEqualTo(0); // AUTO boundary: not a label
    assertThat(mask.getRaster().getSample(70, 255 - 220, 0)).isEqualTo(4); // inside the crosswalk
    assertThat(mask.getRaster().getSample(100, 255 - 40, 0)).isEqualTo(0);

    JsonNode labels =
        new ObjectMapper().readTree(out.resolve("tiles/" + id + ".labels.json").toFile());
    assertThat(labels.get("labels")).hasSize(3);
    JsonNode first = labels.get("labels").get(0);
    assertThat(first.get("id").asLong()).isEqualTo(1);
    assertThat(first.at("/pixel/0/0").asDouble()).isCloseTo(10, within(1e-9));
    assertThat(first.at("/pixel/0/1").asDouble()).isCloseTo(236, within(1e-9));
    assertThat(first.at("/world/1/0").asDouble()).isEqualTo(24);
    assertThat(Files.list(out.resolve("tiles")).count())
        .isEqualTo(6); // the sparse tile east is skipped
  }

  @Test
  void refusesANonEmptyOutputFolderAndLeavesNoPartialOutputOnFailure() throws Exception {
    Path out = Files.createDirectories(dir.resolve("busy"));
    Files.writeString(out.resolve("keep.txt"), "x");
    LaneMap empty = new LaneMap(new NamedLocalFrame("T"), List.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                TrainingSetExport.write(
                    empty,
                    List.of(),
                    TrainingSetOptions.DEFAULT,
                    Map.of(),
                    out,
                    ProgressMonitor.NONE))
        .hasMessageContaining("not empty");
    Path fresh = dir.resolve("fresh");
    DriveLidar broken =
        new DriveLidar(
            "bad",
            () -> {
              throw new IllegalStateException("drive unreadable");
            });
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                TrainingSetExport.write(
                    empty,
                    List.of(broken),
                    TrainingSetOptions.DEFAULT,
                    Map.of(),
                    fresh,
                    ProgressMonitor.NONE))
        .hasMessageContaining("drive unreadable");
    assertThat(fresh).doesNotExist();
    assertThat(dir.resolve("fresh.part")).doesNotExist();
  }

  private static float at(ByteBuffer f, int channel, int row, int col) {
    return f.getFloat(4 * ((channel * 256 + row) * 256 + col));
  }
}
