package dev.mapsmith.drivelog.map.opendrive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared files as a check of the geometry code against the tools that wrote them: each geometry
 * must end where the file says the next one starts (within 1 cm, heading within 1 mrad), and every
 * sampled lane edge stays within 1 cm of the analytic edge.
 */
class GeometryContinuityTest {

  @Test
  void everyGeometryEndsWhereTheNextStarts() throws Exception {
    List<String> gaps = new ArrayList<>();
    int joints = 0;
    for (Path f : OpenDriveWorlds.all()) {
      for (Road road : OpenDriveReader.read(f).roads()) {
        List<PlanGeometry> g = road.planView().geometries();
        for (int i = 0; i + 1 < g.size(); i++) {
          CurvePoint end = g.get(i).at(g.get(i).length());
          PlanGeometry.Start next = g.get(i + 1).start();
          double gap = Math.hypot(end.x() - next.x(), end.y() - next.y());
          double turn = Math.abs(Math.IEEEremainder(end.heading() - next.heading(), 2 * Math.PI));
          joints++;
          if (gap > 0.01 || turn > 1e-3) {
            gaps.add(
                f.getFileName()
                    + " road "
                    + road.id()
                    + " s="
                    + next.s()
                    + ": gap "
                    + gap
                    + " m, turn "
                    + turn
                    + " rad after "
                    + g.get(i).getClass().getSimpleName());
          }
        }
      }
    }
    assertThat(joints).isGreaterThan(1000);
    assertThat(gaps).isEmpty();
  }

  @Test
  void sampledLaneEdgesStayWithinOneCentimetreOfTheCurve() throws Exception {
    AdaptiveSampler sampler = new AdaptiveSampler(0.01, 20);
    int edges = 0;
    for (String name :
        List.of(
            "esmini-curves.xodr",
            "esmini-e6mini.xodr",
            "esmini-circle_300m.xodr",
            "esmini-fabriksgatan.xodr")) {
      for (Road road : OpenDriveReader.read(OpenDriveWorlds.file(name)).roads()) {
        RoadFrame f = new RoadFrame(road);
        for (LaneSection sec : road.sections()) {
          for (boolean left : new boolean[] {true, false}) {
            int lanes = (left ? sec.left() : sec.right()).size();
            for (int k = 0; k <= lanes; k++) {
              int edge = k;
              java.util.function.DoubleFunction<double[]> curve =
                  s -> f.point(s, f.edgeT(sec, left, edge, s), 0);
              List<AdaptiveSampler.Sample> samples =
                  sampler.sample(curve, sec.start(), sec.end(), f.edgeBreaks(sec, left, k));
              assertThat(worst(curve, samples, sec.start(), sec.end()))
                  .as("%s road %s edge %s%d", name, road.id(), left ? "+" : "-", k)
                  .isLessThanOrEqualTo(0.01);
              edges++;
            }
          }
        }
      }
    }
    assertThat(edges).isGreaterThan(50);
  }

  private static double worst(
      java.util.function.DoubleFunction<double[]> curve,
      List<AdaptiveSampler.Sample> samples,
      double from,
      double to) {
    double worst = 0;
    int seg = 0;
    int n = (int) Math.ceil((to - from) / 0.02);
    for (int i = 0; i <= n; i++) {
      double s = from + (to - from) * i / n;
      while (seg < samples.size() - 2 && samples.get(seg + 1).s() < s) {
        seg++;
      }
      worst =
          Math.max(
              worst,
              AdaptiveSampler.distanceToSegment(
                  curve.apply(s), samples.get(seg).point(), samples.get(seg + 1).point()));
    }
    return worst;
  }
}
