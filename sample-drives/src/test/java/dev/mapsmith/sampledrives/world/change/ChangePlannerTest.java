package dev.mapsmith.sampledrives.world.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.map.Lanelet2File;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.sampledrives.world.RouteGraph;
import dev.mapsmith.sampledrives.world.Scenario;
import dev.mapsmith.sampledrives.world.town.TownKind;
import dev.mapsmith.sampledrives.world.town.TownWorld;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each change type is in the after-map and absent or different in the prior (a dev town). */
class ChangePlannerTest {

  private static Scenario town;
  private static List<double[]> path;

  @BeforeAll
  static void town() {
    town = TownWorld.scenario(TownKind.MIXED, 101);
    path = new RouteGraph(town.truth()).centreline(town.route());
  }

  @ParameterizedTest
  @EnumSource(ChangeType.class)
  void everyTypeShowsInTheAfterMapAndNotInThePrior(ChangeType type) throws Exception {
    ChangedWorld w =
        ChangePlanner.apply(town.truth(), path, new ChangeRequest(1, List.of(type), 5, 0));
    assertThat(w.changes()).as(w.notes().toString()).hasSize(1);
    MapChange c = w.changes().get(0);
    assertThat(c.type()).isEqualTo(type);
    LaneMap prior = read(w.prior()), after = read(w.after());
    Optional<Primitive> before = prior.get(c.element()), now = after.get(c.element());
    switch (type.verdict()) {
      case "removed" -> {
        assertThat(before).isPresent();
        assertThat(now).isEmpty();
      }
      case "added" -> {
        assertThat(before).isEmpty();
        assertThat(now).isPresent();
      }
      case "moved" -> {
        double shift = midDistance(before.orElseThrow(), now.orElseThrow());
        assertThat(shift).isCloseTo(c.displacementM(), org.assertj.core.data.Offset.offset(0.05));
        assertThat(c.displacementM()).isBetween(0.3, 2.0);
      }
      default -> {
        Primitive b = before.orElseThrow(), a = now.orElseThrow();
        assertThat(a.geometry().size()).isEqualTo(b.geometry().size());
        assertThat(a.mapClass() != b.mapClass() || !a.attributes().equals(b.attributes())).isTrue();
      }
    }
    // everything the change did not touch is the same in both maps
    for (Primitive p : prior.primitives()) {
      if (!c.elements().contains(p.id())) {
        assertThat(after.get(p.id()).map(Primitive::geometry)).contains(p.geometry());
      }
    }
  }

  @Test
  void typeSpecificEdits() throws Exception {
    ChangedWorld w =
        ChangePlanner.apply(
            town.truth(),
            path,
            new ChangeRequest(
                3,
                List.of(ChangeType.LANE_CLOSED, ChangeType.LINE_PATTERN, ChangeType.LANE_ADDED),
                9,
                0));
    LaneMap prior = read(w.prior()), after = read(w.after());
    for (MapChange c : w.changes()) {
      switch (c.type()) {
        case LANE_CLOSED -> {
          assertThat(prior.get(c.element()).orElseThrow().mapClass()).isEqualTo(MapClass.DIVIDER);
          assertThat(after.get(c.element()).orElseThrow().mapClass()).isEqualTo(MapClass.BOUNDARY);
        }
        case LINE_PATTERN ->
            assertThat(after.get(c.element()).orElseThrow().attributes().pattern())
                .isNotEqualTo(prior.get(c.element()).orElseThrow().attributes().pattern());
        case LANE_ADDED -> {
          assertThat(after.get(c.element()).orElseThrow().mapClass()).isEqualTo(MapClass.DIVIDER);
          assertThat(w.after().relation(c.elements().get(2)).orElseThrow().tag("subtype"))
              .contains("bicycle_lane");
        }
        default -> throw new AssertionError(c.type());
      }
    }
    assertThat(w.changes()).hasSize(3);
  }

  @Test
  void changesGoWhereTheDriveLooksAndWhereItDoesNot() {
    ChangeType[] all = ChangeType.values();
    List<double[]> firstPart = path.subList(0, Math.max(2, path.size() / 3));
    ChangedWorld w =
        ChangePlanner.apply(town.truth(), firstPart, new ChangeRequest(8, List.of(all), 3, 0.5));
    assertThat(w.changes()).hasSize(8);
    long seen = w.changes().stream().filter(MapChange::observed).count();
    assertThat(seen).isBetween(1L, 7L);
    Sight sight = Sight.along(firstPart);
    for (MapChange c : w.changes()) {
      assertThat(c.observed()).isEqualTo(sight.of(elementPoints(w, c)) == Sight.Verdict.SEEN);
    }
    assertThat(w.changes().stream().map(MapChange::element).distinct().count()).isEqualTo(8);
  }

  @Test
  void theSameSeedMakesTheSameChanges() {
    ChangeRequest r = ChangeRequest.of(6, List.of(ChangeType.values()), 42);
    ChangedWorld a = ChangePlanner.apply(town.truth(), path, r);
    ChangedWorld b = ChangePlanner.apply(town.truth(), path, r);
    assertThat(a.changes()).isEqualTo(b.changes());
  }

  private static List<double[]> elementPoints(ChangedWorld w, MapChange c) {
    OsmDocument doc = c.type().verdict().equals("added") ? w.after() : w.prior();
    if (doc.way(c.element()).isPresent()) {
      return MapEditor.points(doc, c.element());
    }
    var r = doc.relation(c.element()).orElseThrow();
    List<double[]> ring =
        new java.util.ArrayList<>(MapEditor.points(doc, r.withRole("left").get(0).ref()));
    ring.addAll(MapEditor.points(doc, r.withRole("right").get(0).ref()));
    return ring;
  }

  private static double midDistance(Primitive a, Primitive b) {
    var pa = a.geometry().point(a.geometry().size() / 2);
    var pb = b.geometry().point(b.geometry().size() / 2);
    return Math.hypot(pa.x() - pb.x(), pa.y() - pb.y());
  }

  private static LaneMap read(OsmDocument doc) throws Exception {
    return Lanelet2Maps.toLaneMap(
            Lanelet2File.of(
                doc,
                Path.of("changed.osm"),
                new dev.mapsmith.drivelog.map.MapOrigin(
                    town.origin(),
                    dev.mapsmith.drivelog.map.MapOrigin.Source.OPTION,
                    true,
                    "test")))
        .map();
  }

  static LocalEnuFrame frame() {
    return new LocalEnuFrame(town.origin());
  }
}
