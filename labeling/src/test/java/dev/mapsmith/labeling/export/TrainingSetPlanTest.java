package dev.mapsmith.labeling.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.core.training.LaneClass;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.labeling.TestMaps;
import dev.mapsmith.labeling.export.training.DriveLidar;
import dev.mapsmith.labeling.export.training.DriveSurvey;
import dev.mapsmith.labeling.export.training.TilePreview;
import dev.mapsmith.labeling.export.training.TileSurvey;
import dev.mapsmith.labeling.export.training.TrainingSetExport;
import dev.mapsmith.labeling.export.training.TrainingSetOptions;
import dev.mapsmith.labeling.export.training.TrainingSetPlan;
import dev.mapsmith.labeling.export.training.UnreviewedTiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan of a training set before it is written (issue 22, point 8): tiles, primitives and
 * classes per split, the one-drive hold-out, and tiles holding unreviewed automatic primitives; the
 * export follows the same plan.
 */
class TrainingSetPlanTest {

  @TempDir Path dir;

  /** A road strip y 0..25.6 m driven east over x 0..128 m: five tiles, reached west to east. */
  private static Iterator<PointCloud> strip() {
    List<PointCloud> sweeps = new ArrayList<>();
    for (int tile = 0; tile < 5; tile++) {
      PointCloud c = PointCloud.allocate(52 * 52, false);
      int k = 0;
      for (int i = 0; i < 52; i++) {
        for (int j = 0; j < 52; j++) {
          c.x()[k] = (float) (tile * 25.6 + 0.25 + 0.5 * i);
          c.y()[k] = (float) (0.25 + 0.5 * j);
          c.z()[k] = 0f;
          c.intensity()[k] = 0.2f;
          k++;
        }
      }
      sweeps.add(c);
    }
    return sweeps.iterator();
  }

  private static Primitive line(
      long id, MapClass c, ReviewState r, double x0, double x1, double y) {
    return TestMaps.line(c, x0, y, 0, x1, y, 0).withId(id).withReview(r);
  }

  /** Verified divider over tiles 0..1, verified boundary over tile 4, automatic one in tile 2. */
  private static LaneMap map() {
    return new LaneMap(
        new NamedLocalFrame("T"),
        List.of(
            line(1, MapClass.DIVIDER, ReviewState.VERIFIED, 5, 45, 10),
            line(2, MapClass.BOUNDARY, ReviewState.VERIFIED, 105, 125, 3),
            line(3, MapClass.BOUNDARY, ReviewState.AUTO, 55, 70, 3),
            line(4, MapClass.BOUNDARY, ReviewState.REJECTED, 80, 95, 3)));
  }

  private static Map<String, List<TileSurvey>> survey(String... drives) {
    Map<String, List<TileSurvey>> s = new LinkedHashMap<>();
    for (String d : drives) {
      s.put(
          d,
          DriveSurvey.of(
              new DriveLidar(d, TrainingSetPlanTest::strip), 0.01, ProgressMonitor.NONE));
    }
    return s;
  }

  @Test
  void oneDriveHoldsOutItsLastTilesAndTilesWithUnreviewedLinesAreLeftOut() throws Exception {
    Map<String, List<TileSurvey>> surveys = survey("drive-a");
    assertThat(surveys.get("drive-a")).hasSize(5);
    TrainingSetPlan plan =
        TrainingSetPlan.of(map(), ExportFilter.APPROVED, surveys, TrainingSetOptions.DEFAULT);

    // 20 % of five tiles: the last one reached (the eastern-most) is validation
    TrainingSetPlan.SplitFigures val = plan.figures("val");
    assertThat(val.tiles()).isEqualTo(1);
    assertThat(val.primitives()).isEqualTo(1);
    assertThat(val.classes()).containsExactly(Map.entry(LaneClass.BOUNDARY, 1));
    // tile 2 holds the automatic boundary: left out; tiles 0, 1 and 3 remain for training
    TrainingSetPlan.SplitFigures train = plan.figures("train");
    assertThat(train.tiles()).isEqualTo(3);
    assertThat(train.labelledTiles()).isEqualTo(2);
    assertThat(train.primitives()).as("the divider over two tiles counts once").isEqualTo(1);
    assertThat(plan.unreviewedPrimitives()).isEqualTo(1); // the rejected one is not unreviewed
    assertThat(plan.tilesLeftOut()).isEqualTo(1);
    assertThat(plan.warning())
        .startsWith("1 unreviewed automatic primitive lies in 1 of 5 tiles")
        .contains("left out");
    assertThat(plan.previewTiles(2)).hasSize(2);
    assertThat(plan.previewTiles(2).get(0).survey().preview().channels().length).isEqualTo(5);
    byte[] mask =
        TilePreview.mask(
            plan.previewTiles(1).get(0).survey().grid(), plan.previewTiles(1).get(0).labels());
    assertThat(mask).hasSize(TilePreview.SIZE * TilePreview.SIZE).contains((byte) 1);

    // the export writes what the plan says
    TrainingSetExport.Result r =
        TrainingSetExport.export(
            map(),
            ExportFilter.APPROVED,
            List.of(new DriveLidar("drive-a", TrainingSetPlanTest::strip)),
            TrainingSetOptions.DEFAULT,
            Map.of(),
            dir.resolve("set"),
            ProgressMonitor.NONE);
    assertThat(r.plan().toJson()).isEqualTo(plan.toJson());
    JsonNode m = new ObjectMapper().readTree(dir.resolve("set/manifest.json").toFile());
    assertThat(m.at("/splits/train")).hasSize(3);
    assertThat(m.at("/splits/val")).hasSize(1);
    assertThat(m.at("/splits/val/0").asText()).isEqualTo("drive-a_4_0");
    assertThat(m.at("/drives/0/split").asText()).isEqualTo("train+val");
    assertThat(m.at("/provenance/tiles_left_out").asInt()).isEqualTo(1);
    assertThat(m.at("/counts/train/tiles").asInt()).isEqualTo(3);
  }

  @Test
  void asBackgroundKeepsTheTilesAndSaysSo() {
    TrainingSetPlan plan =
        TrainingSetPlan.of(
            map(),
            ExportFilter.APPROVED,
            survey("drive-a"),
            TrainingSetOptions.DEFAULT.with(UnreviewedTiles.AS_BACKGROUND));
    assertThat(plan.tilesLeftOut()).isZero();
    assertThat(plan.figures("train").tiles()).isEqualTo(4);
    assertThat(plan.warning()).contains("inside 1 exported tiles").contains("as background");
    // with automatic primitives selected as labels there is nothing to warn about
    TrainingSetPlan all =
        TrainingSetPlan.of(
            map(), ExportFilter.NOT_REJECTED, survey("drive-a"), TrainingSetOptions.DEFAULT);
    assertThat(all.warning()).isEmpty();
    assertThat(all.figures("train").primitives()).isEqualTo(2);
  }

  @Test
  void drivesNamedForValidationTakeAllTheirTiles() {
    Map<String, List<TileSurvey>> two = survey("drive-a", "drive-b");
    TrainingSetPlan byHash =
        TrainingSetPlan.of(map(), ExportFilter.NOT_REJECTED, two, TrainingSetOptions.DEFAULT);
    assertThat(byHash.figures("val").tiles()).as("one of two drives by default").isEqualTo(5);
    assertThat(byHash.figures("train").tiles()).isEqualTo(5);
    TrainingSetPlan named =
        TrainingSetPlan.of(
            map(),
            ExportFilter.NOT_REJECTED,
            two,
            TrainingSetOptions.DEFAULT.withValDrives(List.of("drive-a", "drive-b")));
    assertThat(named.figures("val").tiles()).isEqualTo(10);
    assertThat(named.split().describe()).contains("drive-a, drive-b");
  }
}
