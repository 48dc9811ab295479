package dev.mapsmith.labeling.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.TestMaps;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorsTest {

  @TempDir Path dir;

  private static Primitive withId(Primitive p, long id) {
    return p.withId(id);
  }

  private static List<Finding> run(Validator v, Primitive... ps) {
    return v.check(new LaneMap(new NamedLocalFrame("V"), List.of(ps)));
  }

  @Test
  void selfIntersectionFindsTheCrossingPoint() {
    Primitive bowtie =
        withId(TestMaps.line(MapClass.DIVIDER, 0, 0, 0, 4, 4, 0, 4, 0, 0, 0, 4, 0), 3);
    List<Finding> f =
        run(new SelfIntersection(), bowtie, withId(TestMaps.divider(0, 10, 10, 5), 4));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.primitiveId()).isEqualTo(3);
              assertThat(x.location().x())
                  .isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
              assertThat(x.location().y())
                  .isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
            });
    Primitive square =
        withId(TestMaps.line(MapClass.PED_CROSSING, 0, 0, 0, 4, 0, 0, 4, 3, 0, 0, 3, 0), 5);
    assertThat(run(new SelfIntersection(), square)).isEmpty();
  }

  @Test
  void tooShortAndDuplicateVertex() {
    assertThat(
            run(
                new TooShort(1.0),
                withId(TestMaps.divider(0, 0, 0.5, 2), 1),
                withId(TestMaps.divider(0, 0, 5, 2), 2)))
        .extracting(Finding::primitiveId)
        .containsExactly(1L);
    Primitive dup =
        withId(TestMaps.line(MapClass.DIVIDER, 0, 0, 0, 1, 0, 0, 1.001, 0, 0, 3, 0, 0), 7);
    assertThat(run(new DuplicateVertex(0.01), dup))
        .singleElement()
        .satisfies(x -> assertThat(x.location()).isEqualTo(new Point3(1.001, 0, 0)));
  }

  @Test
  void curvatureTooBigFlagsASharpKinkButNotAGentleCurve() {
    Primitive kink = withId(TestMaps.line(MapClass.DIVIDER, 0, 0, 0, 1, 0, 0, 1, 1, 0), 1);
    double[] arc = new double[3 * 20];
    for (int i = 0; i < 20; i++) {
      double a = i * 0.05; // radius 50 m
      arc[3 * i] = 50 * Math.sin(a);
      arc[3 * i + 1] = 50 * (1 - Math.cos(a));
    }
    Primitive gentle = withId(TestMaps.line(MapClass.DIVIDER, arc), 2);
    assertThat(run(new CurvatureTooBig(0.5), kink, gentle))
        .extracting(Finding::primitiveId)
        .containsExactly(1L);
  }

  @Test
  void boundaryGapFlagsNearlyMeetingEndsOnly() {
    Primitive a = withId(TestMaps.line(MapClass.BOUNDARY, 0, 0, 0, 10, 0, 0), 1);
    Primitive gap = withId(TestMaps.line(MapClass.BOUNDARY, 10.4, 0, 0, 20, 0, 0), 2);
    Primitive joined = withId(TestMaps.line(MapClass.BOUNDARY, 0, 5, 0, 10, 5, 0), 3);
    Primitive joined2 = withId(TestMaps.line(MapClass.BOUNDARY, 10, 5, 0, 20, 5, 0), 4);
    List<Finding> f = run(new BoundaryGap(0.05, 1.0), a, gap, joined, joined2);
    assertThat(f).extracting(Finding::primitiveId).containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void danglingCenterlineNeedsLinesOnBothSides() {
    Primitive left = withId(TestMaps.line(MapClass.DIVIDER, 0, 1.75, 0, 20, 1.75, 0), 1);
    Primitive right = withId(TestMaps.line(MapClass.BOUNDARY, 0, -1.75, 0, 20, -1.75, 0), 2);
    Primitive inLane = withId(TestMaps.line(MapClass.CENTERLINE, 0, 0, 0, 20, 0, 0), 3);
    Primitive alone = withId(TestMaps.line(MapClass.CENTERLINE, 0, 50, 0, 20, 50, 0), 4);
    Primitive halfway = withId(TestMaps.line(MapClass.CENTERLINE, 0, 3.5, 0, 20, 3.5, 0), 5);
    assertThat(run(new DanglingCenterline(3.0), left, right, inLane, alone, halfway))
        .extracting(Finding::primitiveId)
        .containsExactlyInAnyOrder(4L, 5L);
  }

  @Test
  void runStoresFindingsInTheProjectReplacingOldOnes() {
    try (Project p = Project.create(dir.resolve("v.mapsmith"), new NamedLocalFrame("V"))) {
      long id = p.insertAll(List.of(TestMaps.divider(0, 0, 0.3, 2)), "r").created().get(0);
      List<Finding> f = Validation.run(p);
      assertThat(f).extracting(Finding::validator).contains("mapping.too_short");
      assertThat(p.findings()).isEqualTo(f);
      p.execute(new dev.mapsmith.labeling.edit.MoveVertex(id, 1, new Point3(5, 0, 0)));
      Validation.run(p);
      assertThat(p.findings()).isEmpty();
    }
  }
}
