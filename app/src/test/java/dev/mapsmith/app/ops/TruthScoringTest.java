package dev.mapsmith.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.cli.MapsmithCli;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.labeling.export.lanelet2.Lanelet2Writer;
import dev.mapsmith.reconstruction.eval.EvalResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's "Check against truth" and {@code mapsmith evaluate} read a truth map in its own frame
 * and give the same figures, also when the map's origin is metres away from the project's.
 */
class TruthScoringTest {

  private static final LocalEnuFrame PROJECT = new LocalEnuFrame(new GeoOrigin(49.0, 8.4, 110));
  // about 5.6 m north and 5.1 m east of the project's origin
  private static final LocalEnuFrame MAP = new LocalEnuFrame(new GeoOrigin(49.00005, 8.40007, 110));

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void appAndCommandLineGiveTheSameFiguresForATruthMapWithItsOwnOrigin() throws Exception {
    Path project = TestProjects.threeDividers(dir.resolve("p.mapsmith"), PROJECT);
    LaneMap predicted = TestProjects.readBack(project);
    // the truth is exactly the project's lines, stored in the map's own frame (local_x/local_y
    // relative to the map's origin, with its sidecar), as `mapsmith generate` writes maps
    LaneMap truthInMapFrame = predicted.convertedTo(MAP);
    assertThat(truthInMapFrame.primitives().iterator().next().geometry().x(0))
        .as("the two frames are metres apart")
        .isLessThan(-4);
    Path osm = dir.resolve("truth").resolve("map.osm");
    Files.createDirectories(osm.getParent());
    Lanelet2Writer.write(List.copyOf(truthInMapFrame.primitives()), MAP, osm, ProgressMonitor.NONE);

    // the app's path (MainViewModel.checkTruth runs these two on its background executor)
    TruthCheck.Report app =
        TruthCheck.check(
            predicted, TruthCheck.readTruth(osm, predicted), List.of(), ProgressMonitor.NONE);
    assertThat(app.worstFirst()).allSatisfy(e -> assertThat(e.chamfer()).isLessThan(0.01));

    int code =
        MapsmithCli.run(
            "evaluate", "--project", project.toString(), "--truth", osm.toString(), "--json");
    assertThat(code).as(console.err()).isZero();
    JsonNode cli = new ObjectMapper().readTree(console.out());

    EvalResult scores = app.scores();
    assertThat(cli.get("AP").get("divider").get("mean").asDouble()).isCloseTo(1.0, within(1e-9));
    for (String tau : List.of("0.5", "1.0", "1.5", "mean")) {
      assertThat(cli.get("AP").get("divider").get(tau).asDouble())
          .as("divider AP at " + tau)
          .isCloseTo(divider(scores, tau), within(1e-9));
    }
    assertThat(cli.get("mAP").asDouble()).isCloseTo(scores.mAP(), within(1e-9));
  }

  private static double divider(EvalResult r, String tau) {
    var s = r.score(MapClass.DIVIDER);
    return switch (tau) {
      case "0.5" -> s.ap(0);
      case "1.0" -> s.ap(1);
      case "1.5" -> s.ap(2);
      default -> s.mean();
    };
  }
}
