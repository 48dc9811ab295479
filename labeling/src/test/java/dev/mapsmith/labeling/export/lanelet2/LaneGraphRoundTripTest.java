package dev.mapsmith.labeling.export.lanelet2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelations;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RegulatoryElement;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.Lanelet2File;
import dev.mapsmith.drivelog.map.Lanelet2Graphs;
import dev.mapsmith.drivelog.map.MapCheck;
import dev.mapsmith.drivelog.map.ProjectorInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-way road in two pieces (eastbound lanelets 20, 21; westbound 22, 23 sharing the centre
 * lines, both bounds inverted), a stop line and a crosswalk, written as Lanelet2 and read back by
 * drivelog's reader: every lanelet, bound, attribute, relation and rule comes back; successors
 * share their end nodes; the structural check passes; two exports in one folder keep their own
 * origin.
 */
class LaneGraphRoundTripTest {

  @TempDir Path dir;

  static final LocalEnuFrame FRAME = new LocalEnuFrame(new GeoOrigin(49.0, 8.4, 110));
  static final Provenance PROV =
      new Provenance(
          "lanegraph", "1", "{}", List.of("drive-a"), "", Instant.parse("2026-01-02T03:04:05Z"));

  static LineString line(long id, double x0, double x1, double y, String type, String subtype) {
    Attributes a = Attributes.of("type", type);
    if (subtype != null) {
      a = a.with("subtype", subtype);
    }
    return new LineString(id, Polyline.of(x0, y, 0, (x0 + x1) / 2, y, 0.1, x1, y, 0), a);
  }

  static LaneGraph graph() {
    List<LineString> lines =
        List.of(
            line(1, 0, 20, -1.75, "road_border", null),
            line(2, 0, 20, 1.75, "line_thin", "dashed"),
            line(3, 0, 20, 5.25, "road_border", null),
            line(4, 20, 40, -1.75, "road_border", null),
            line(5, 20, 40, 1.75, "line_thin", "solid"),
            line(6, 20, 40, 5.25, "road_border", null),
            new LineString(
                7, Polyline.of(18, -1.75, 0, 18, 1.75, 0), Attributes.of("type", "stop_line")),
            new LineString(
                8,
                Polyline.of(30, -1.75, 0, 33, -1.75, 0, 33, 5.25, 0, 30, 5.25, 0, 30, -1.75, 0),
                Attributes.of("type", "crosswalk_polygon", "area", "yes")));
    Attributes road = Attributes.of("subtype", "road", "one_way", "yes", "speed_limit", "30");
    List<Lanelet> lanelets =
        List.of(
            new Lanelet(
                20,
                BoundRef.of(2),
                BoundRef.of(1),
                road.with("direction_source", "driven"),
                0.9,
                PROV),
            new Lanelet(21, BoundRef.of(5), BoundRef.of(4), road, 0.8, PROV),
            new Lanelet(22, new BoundRef(2, true), new BoundRef(3, true), road, 0.7, PROV),
            new Lanelet(23, new BoundRef(5, true), new BoundRef(6, true), road, 0.6, PROV));
    List<RegulatoryElement> rules =
        List.of(
            new RegulatoryElement(30, RegulatoryElement.Kind.STOP_LINE, 7, List.of(20L)),
            new RegulatoryElement(31, RegulatoryElement.Kind.CROSSWALK, 8, List.of(21L, 23L)));
    LaneGraph g = new LaneGraph(FRAME, lines, lanelets, List.of(), rules);
    return LaneRelations.derived(g, RelationTolerances.defaults());
  }

  LaneGraph readBack(Path osm) throws Exception {
    return Lanelet2Graphs.read(Lanelet2File.load(osm, null), RelationTolerances.defaults()).graph();
  }

  @Test
  void everyLaneletRelationAndAttributeSurvivesTheRoundTrip() throws Exception {
    LaneGraph g = graph();
    Path out = dir.resolve("graph.osm");
    LaneGraphWriter.write(g, out, ProgressMonitor.NONE);
    LaneGraph back = readBack(out);

    assertThat(back.frame()).isEqualTo(FRAME);
    assertThat(back.lanelets()).extracting(Lanelet::id).containsExactly(20L, 21L, 22L, 23L);
    for (Lanelet l : g.lanelets()) {
      Lanelet b = back.lanelet(l.id()).orElseThrow();
      assertThat(b.attributes()).isEqualTo(l.attributes());
      assertThat(b.confidence()).isEqualTo(l.confidence());
      assertThat(b.provenance()).isEqualTo(l.provenance());
      assertSame(LaneletGeometry.left(back, b), LaneletGeometry.left(g, l));
      assertSame(LaneletGeometry.right(back, b), LaneletGeometry.right(g, l));
      assertThat(b.left().lineId()).isEqualTo(l.left().lineId());
      assertThat(b.right().lineId()).isEqualTo(l.right().lineId());
    }
    assertThat(new HashSet<>(back.relations())).isEqualTo(new HashSet<>(g.relations()));
    assertThat(g.successors(20)).containsExactly(21L); // the relations compared are not empty
    assertThat(g.successors(23)).containsExactly(22L);
    assertThat(back.regulations()).containsExactlyElementsOf(g.regulations());
    assertThat(back.line(7).orElseThrow().attributes().get("type")).contains("stop_line");
    assertThat(back.line(2).orElseThrow().attributes().get("subtype")).contains("dashed");
  }

  @Test
  void successorsShareNodesAndTheExportPassesTheStructuralCheck() throws Exception {
    Path out = dir.resolve("graph.osm");
    LaneGraphWriter.write(graph(), out, ProgressMonitor.NONE);
    String xml = Files.readString(out);
    // lines 1 and 4 meet at (20, -1.75): one node, the first line's last vertex
    long shared = Lanelet2Writer.nodeId(1, 2);
    assertThat(xml).contains("<node id=\"" + shared + "\"");
    assertThat(xml).doesNotContain("<node id=\"" + Lanelet2Writer.nodeId(4, 0) + "\"");
    assertThat(xml).contains("local_x").contains("local_y").contains("ele");
    assertThat(xml).contains("<tag k=\"subtype\" v=\"road_marking\"/>");
    assertThat(xml).doesNotContain("id=\"-").doesNotContain("id=\"0\"");
    MapCheck.Result check = MapCheck.check(out, RelationTolerances.defaults());
    assertThat(check.findings()).isEmpty();
    assertThat(check.lanelets()).isEqualTo(4);
    // re-exporting gives the same bytes: stable ids
    Path again = Files.createDirectories(dir.resolve("again")).resolve("graph.osm");
    LaneGraphWriter.write(graph(), again, ProgressMonitor.NONE);
    assertThat(Files.readString(again)).isEqualTo(xml);
  }

  @Test
  void twoExportsInOneFolderKeepTheirOwnOrigin() throws Exception {
    LaneGraph g = graph();
    LocalEnuFrame other = new LocalEnuFrame(new GeoOrigin(48.5, 9.0, 300));
    LaneGraph moved = g.convertedTo(other);
    Path a = dir.resolve("a.osm"), b = dir.resolve("b.osm");
    LaneGraphWriter.write(g, a, ProgressMonitor.NONE);
    LaneGraphWriter.write(moved, b, ProgressMonitor.NONE);
    assertThat(ProjectorInfo.fileFor(a)).exists();
    assertThat(ProjectorInfo.fileFor(b)).exists();
    assertThat(readBack(a).frame()).isEqualTo(FRAME);
    assertThat(readBack(b).frame()).isEqualTo(other);
    // Autoware's own file name stays the first export's
    assertThat(ProjectorInfo.read(dir.resolve(ProjectorInfo.FILE_NAME)).origin())
        .isEqualTo(FRAME.origin());
  }

  static void assertSame(Polyline a, Polyline b) {
    assertThat(a.size()).isEqualTo(b.size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.point(i).distanceTo(b.point(i))).isLessThan(1e-6);
    }
  }
}
