package dev.mapsmith.reconstruction.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.grid.TiledGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verdicts on a hand-made scene: lidar ground everywhere up to x = 60 m (nothing beyond), paint
 * where the after-world has lines, and a reconstruction's detections.
 */
class ChangeDetectionTest {

  private static final NamedLocalFrame FRAME = new NamedLocalFrame("test");
  private static Map<Long, ChangeVerdict> verdicts;
  private static List<ChangeVerdict> all;

  @BeforeAll
  static void detect() {
    // prior: 1 confirmed, 2 moved 1.2 m, 3 removed, 4 beyond the coverage, 5 dashed in the map
    // but solid in the drive, 6 a divider that is a boundary now, 7 a line the reconstruction
    // missed but whose paint is there
    List<Primitive> prior =
        List.of(
            line(1, MapClass.DIVIDER, 0, 40, 0, "solid"),
            line(2, MapClass.DIVIDER, 0, 40, 3.5, "solid"),
            line(3, MapClass.DIVIDER, 0, 40, -3.5, "solid"),
            line(4, MapClass.DIVIDER, 70, 100, 0, "solid"),
            line(5, MapClass.DIVIDER, 0, 40, 7, "dashed"),
            line(6, MapClass.DIVIDER, 0, 40, -7, "solid"),
            line(7, MapClass.DIVIDER, 0, 40, 10, "solid"));
    List<Primitive> found =
        List.of(
            line(101, MapClass.DIVIDER, 0, 40, 0.1, "solid"),
            line(102, MapClass.DIVIDER, 0, 40, 4.7, "solid"),
            line(105, MapClass.DIVIDER, 0, 40, 7.05, "solid"),
            line(106, MapClass.BOUNDARY, 0, 40, -7.1, "solid"),
            line(108, MapClass.DIVIDER, 5, 35, -10, "solid"));
    TiledGrid grid = new TiledGrid(0.1, 0);
    for (double x = -10; x < 60; x += 0.1) {
      for (double y = -14; y < 14; y += 0.1) {
        boolean paint =
            Math.abs(y - 0.1) < 0.08
                || Math.abs(y - 4.7) < 0.08
                || Math.abs(y - 7.05) < 0.08
                || Math.abs(y + 10) < 0.08
                || Math.abs(y - 10) < 0.08;
        grid.add((float) x, (float) y, 0, paint && x > 0 && x < 40 ? 1.5f : 0.3f);
      }
    }
    ObservationCoverage coverage = ObservationCoverage.of(grid, ReconstructionConfig.defaults());
    all =
        ChangeDetection.detect(
            new LaneMap(FRAME, prior),
            List.of(new DriveEvidence("drive-a", coverage, found)),
            ChangeConfig.defaults(),
            ProgressMonitor.NONE);
    verdicts =
        all.stream()
            .filter(v -> v.element() != 0)
            .collect(Collectors.toMap(ChangeVerdict::element, Function.identity()));
  }

  @Test
  void aLineWhereTheDriveFindsItIsConfirmed() {
    assertThat(verdicts.get(1L).verdict()).isEqualTo(Verdict.CONFIRMED);
    assertThat(verdicts.get(1L).evidence().matchDistanceM()).isCloseTo(0.1, offset(0.05));
    assertThat(verdicts.get(1L).evidence().observedFraction()).isGreaterThan(0.95);
    assertThat(verdicts.get(1L).drives()).containsExactly("drive-a");
  }

  @Test
  void aLineFoundBesideItsPlaceIsMovedWithItsDisplacement() {
    assertThat(verdicts.get(2L).verdict()).isEqualTo(Verdict.MOVED);
    assertThat(verdicts.get(2L).displacementM()).isCloseTo(1.2, offset(0.1));
  }

  @Test
  void seenGroundWithoutPaintOrDetectionIsRemoved() {
    assertThat(verdicts.get(3L).verdict()).isEqualTo(Verdict.REMOVED);
    assertThat(verdicts.get(3L).evidence().paintCoverage()).isLessThan(0.1);
  }

  @Test
  void aLineWhereNoGroundWasSeenIsUnobservedNotRemoved() {
    assertThat(verdicts.get(4L).verdict()).isEqualTo(Verdict.UNOBSERVED);
    assertThat(verdicts.get(4L).evidence().observedFraction()).isLessThan(0.1);
  }

  @Test
  void aPatternOrClassChangeIsAnAttributeChangeNamingIt() {
    assertThat(verdicts.get(5L).verdict()).isEqualTo(Verdict.ATTRIBUTE_CHANGED);
    assertThat(verdicts.get(5L).changed()).containsExactly("pattern: dashed -> solid");
    assertThat(verdicts.get(6L).verdict()).isEqualTo(Verdict.ATTRIBUTE_CHANGED);
    assertThat(verdicts.get(6L).changed()).containsExactly("class: divider -> boundary");
  }

  @Test
  void paintWhereTheReconstructionFoundNothingKeepsTheLine() {
    assertThat(verdicts.get(7L).verdict()).isEqualTo(Verdict.CONFIRMED);
    assertThat(verdicts.get(7L).evidence().paintCoverage()).isGreaterThan(0.8);
  }

  @Test
  void aDetectionAwayFromEveryPriorLineIsAnAddition() {
    List<ChangeVerdict> added = all.stream().filter(v -> v.verdict() == Verdict.ADDED).toList();
    assertThat(added).hasSize(1);
    assertThat(added.get(0).found().y(0)).isCloseTo(-10, offset(0.01));
    assertThat(added.get(0).prior()).isNull();
  }

  @Test
  void twoDrivesVoteAndTheOneThatDidNotSeeAbstains() {
    ChangeVerdict seen = verdicts.get(3L);
    ChangeVerdict blind =
        new ChangeVerdict(
            3,
            MapClass.DIVIDER,
            Verdict.UNOBSERVED,
            0.9,
            Double.NaN,
            List.of(),
            Evidence.NONE,
            List.of("drive-b"),
            seen.prior(),
            null);
    ChangeVerdict both = DriveVotes.combine(List.of(seen, blind));
    assertThat(both.verdict()).isEqualTo(Verdict.REMOVED);
    assertThat(both.drives()).containsExactly("drive-a");
    ChangeVerdict neither = DriveVotes.combine(List.of(blind, blind));
    assertThat(neither.verdict()).isEqualTo(Verdict.UNOBSERVED);
  }

  private static Primitive line(long id, MapClass c, double x0, double x1, double y, String p) {
    List<Double> xyz = new ArrayList<>();
    for (double x = x0; x <= x1 + 1e-9; x += 5) {
      xyz.addAll(List.of(x, y, 0.0));
    }
    Polyline g = Polyline.of(xyz.stream().mapToDouble(Double::doubleValue).toArray());
    Attributes a =
        c == MapClass.DIVIDER
            ? Attributes.of("type", "line_thin", "subtype", p, "color", "white")
            : Attributes.of("type", "curbstone");
    return new Primitive(id, c, g, a, ReviewState.AUTO, 0.9, Provenance.truth("t"));
  }
}
