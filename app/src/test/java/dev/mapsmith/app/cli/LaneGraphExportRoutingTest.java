package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelations;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.labeling.export.lanelet2.LaneGraphWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lane graph exported as Lanelet2 drives the simulator: {@code mapsmith generate --map} routes
 * along the exported lanelets in the order their shared end nodes join them, and refuses a route
 * that jumps between lanelets that do not join.
 */
class LaneGraphExportRoutingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();
  @TempDir Path dir;

  /** Two lanes each way along +x in three 30 m pieces: eastbound 101-103, westbound 104-106. */
  static LaneGraph road() {
    List<LineString> lines = new ArrayList<>();
    List<Lanelet> lanelets = new ArrayList<>();
    Provenance prov = Provenance.truth("test");
    Attributes road = Attributes.of("subtype", "road", "one_way", "yes");
    for (int k = 0; k < 3; k++) {
      double x0 = 30 * k, x1 = x0 + 30;
      long base = 10L * (k + 1);
      String[] types = {"road_border", "line_thin", "road_border"};
      double[] ys = {-1.75, 1.75, 5.25};
      for (int i = 0; i < 3; i++) {
        Attributes a = Attributes.of("type", types[i]);
        lines.add(
            new LineString(
                base + i,
                Polyline.of(x0, ys[i], 0, x0 + 15, ys[i], 0, x1, ys[i], 0),
                i == 1 ? a.with("subtype", "dashed") : a));
      }
      lanelets.add(new Lanelet(101 + k, BoundRef.of(base + 1), BoundRef.of(base), road, 1, prov));
      lanelets.add(
          new Lanelet(
              106 - k, new BoundRef(base + 1, true), new BoundRef(base + 2, true), road, 1, prov));
    }
    LaneGraph g =
        new LaneGraph(
            new LocalEnuFrame(new GeoOrigin(49.0, 8.4, 110)),
            lines,
            lanelets,
            List.of(),
            List.of());
    return LaneRelations.derived(g, RelationTolerances.defaults());
  }

  private Path export() throws Exception {
    Path out = dir.resolve("export.osm");
    LaneGraphWriter.write(road(), out, ProgressMonitor.NONE);
    return out;
  }

  private int generate(Path map, String route) {
    return MapsmithCli.run(
        "generate",
        "--map",
        map.toString(),
        "--route",
        route,
        "--out",
        dir.resolve("drive-" + route.replace(',', '-')).toString(),
        "--duration",
        "0.3",
        "--beams",
        "32",
        "--pose-noise",
        "none",
        "--json");
  }

  @Test
  void theSimulatorDrivesAlongTheExportedLaneletsBothWays() throws Exception {
    Path map = export();
    assertThat(generate(map, "101,102,103")).as(console.err()).isZero();
    JsonNode east = JSON.readTree(console.out());
    assertThat(east.get("sweeps").asInt()).isPositive();
    assertThat(east.get("map_problems")).isEmpty();
    console.resetOut();
    assertThat(generate(map, "104,105,106")).as(console.err()).isZero();
  }

  @Test
  void aRouteBetweenLaneletsThatDoNotJoinIsRefused() throws Exception {
    Path map = export();
    assertThat(generate(map, "101,105")).isNotZero();
    assertThat(console.err()).contains("105 does not follow 101");
  }
}
