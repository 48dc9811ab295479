package dev.mapsmith.drivelog.map.opendrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanGeometryTest {

  private static final PlanGeometry.Start START = new PlanGeometry.Start(12, 3, -2, 0.7, 100);

  @Test
  void arcSamplesLieOnItsCircleAndTheirChordsWithinOneCentimetre() {
    double radius = 40;
    ArcGeometry arc = new ArcGeometry(START, 1 / radius);
    double cx = 3 - Math.sin(0.7) * radius, cy = -2 + Math.cos(0.7) * radius;
    List<AdaptiveSampler.Sample> samples = CurveChecks.sample(arc);
    assertThat(samples.size()).isGreaterThan(10);
    for (int i = 0; i < samples.size(); i++) {
      double[] p = samples.get(i).point();
      assertThat(Math.hypot(p[0] - cx, p[1] - cy)).isCloseTo(radius, within(1e-9));
      if (i > 0) {
        double[] q = samples.get(i - 1).point();
        double mid = Math.hypot((p[0] + q[0]) / 2 - cx, (p[1] + q[1]) / 2 - cy);
        assertThat(radius - mid).isBetween(0.0, CurveChecks.TOLERANCE);
      }
    }
    assertThat(CurveChecks.worstDeviation(arc, samples)).isLessThanOrEqualTo(0.01);
    assertThat(arc.at(100).heading()).isCloseTo(0.7 + 100 / radius, within(1e-12));
  }

  @Test
  void clockwiseArcTurnsRight() {
    ArcGeometry arc = new ArcGeometry(new PlanGeometry.Start(0, 0, 0, 0, 10), -0.1);
    assertThat(arc.at(10).y()).isLessThan(0);
    assertThat(arc.at(10).heading()).isCloseTo(-1.0, within(1e-12));
  }

  @Test
  void spiralCurvatureMeasuredFromSamplesRunsFromCurvStartToCurvEnd() {
    SpiralGeometry spiral = new SpiralGeometry(START, 0.002, 0.05);
    List<AdaptiveSampler.Sample> samples = CurveChecks.sample(spiral);
    assertThat(CurveChecks.worstDeviation(spiral, samples)).isLessThanOrEqualTo(0.01);
    // the curvature of the circle through three samples 2 m apart matches curvStart..curvEnd
    for (double s = 2; s <= 98; s += 4) {
      double k =
          CurveChecks.curvature(
              CurveChecks.xyz(spiral.at(s - 2)),
              CurveChecks.xyz(spiral.at(s)),
              CurveChecks.xyz(spiral.at(s + 2)));
      assertThat(k).isCloseTo(0.002 + (0.05 - 0.002) * s / 100, within(2e-4));
    }
    double first = measured(samples, 1), last = measured(samples, samples.size() - 2);
    assertThat(first).isCloseTo(0.002, within(2e-3));
    assertThat(last).isCloseTo(0.05, within(2e-3));
    assertThat(spiral.at(100).curvature()).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void spiralPositionMatchesAFineIndependentIntegration() {
    SpiralGeometry spiral = new SpiralGeometry(START, -0.01, 0.03);
    double x = 3, y = -2, h = 1e-4;
    for (double s = 0; s < 100 - h / 2; s += h) {
      double mid = s + h / 2;
      double heading = 0.7 - 0.01 * mid + 0.04 / 100 * mid * mid / 2;
      x += Math.cos(heading) * h;
      y += Math.sin(heading) * h;
    }
    assertThat(spiral.at(100).x()).isCloseTo(x, within(1e-3));
    assertThat(spiral.at(100).y()).isCloseTo(y, within(1e-3));
  }

  @Test
  void paramPoly3GivesTheSameCurveWithArcLengthAndNormalizedRanges() {
    double len = 50, c = 0.004, d = -0.00005;
    PlanGeometry.Start st = new PlanGeometry.Start(0, 10, 20, -0.3, len);
    ParamPoly3Geometry arcLength =
        new ParamPoly3Geometry(st, Cubic.of(0, 1, 0, 0), Cubic.of(0, 0, c, d), false);
    ParamPoly3Geometry normalized =
        new ParamPoly3Geometry(
            st, Cubic.of(0, len, 0, 0), Cubic.of(0, 0, c * len * len, d * len * len * len), true);
    for (double s = 0; s <= len; s += 2.5) {
      CurvePoint a = arcLength.at(s), b = normalized.at(s);
      double v = c * s * s + d * s * s * s;
      double ex = 10 + Math.cos(-0.3) * s - Math.sin(-0.3) * v;
      double ey = 20 + Math.sin(-0.3) * s + Math.cos(-0.3) * v;
      assertThat(a.x()).isCloseTo(ex, within(1e-9));
      assertThat(a.y()).isCloseTo(ey, within(1e-9));
      assertThat(b.x()).isCloseTo(ex, within(1e-9));
      assertThat(b.y()).isCloseTo(ey, within(1e-9));
      assertThat(b.heading()).isCloseTo(a.heading(), within(1e-12));
      assertThat(b.curvature()).isCloseTo(a.curvature(), within(1e-12));
    }
    assertThat(CurveChecks.worstDeviation(arcLength, CurveChecks.sample(arcLength)))
        .isLessThanOrEqualTo(0.01);
    assertThat(CurveChecks.worstDeviation(normalized, CurveChecks.sample(normalized)))
        .isLessThanOrEqualTo(0.01);
  }

  @Test
  void poly3FollowsItsCubicAndIsParameterisedByArcLength() {
    Cubic v = Cubic.of(0.5, 0.1, 0.01, -0.0002);
    double uEnd = 40;
    double arc = 0;
    for (int i = 0; i < 400_000; i++) {
      double u = (i + 0.5) * uEnd / 400_000;
      arc += Math.hypot(1, v.slope(u)) * uEnd / 400_000;
    }
    Poly3Geometry poly = new Poly3Geometry(new PlanGeometry.Start(0, 0, 0, 0, arc), v);
    CurvePoint end = poly.at(arc);
    assertThat(end.x()).isCloseTo(uEnd, within(1e-3));
    assertThat(end.y()).isCloseTo(v.value(uEnd), within(1e-3));
    List<AdaptiveSampler.Sample> samples = CurveChecks.sample(poly);
    for (AdaptiveSampler.Sample s : samples) {
      assertThat(s.point()[1]).isCloseTo(v.value(s.point()[0]), within(1e-6));
    }
    assertThat(CurveChecks.worstDeviation(poly, samples)).isLessThanOrEqualTo(0.01);
  }

  @Test
  void lineIsStraightAlongItsHeading() {
    LineGeometry line = new LineGeometry(START);
    assertThat(line.at(10).x()).isCloseTo(3 + 10 * Math.cos(0.7), within(1e-12));
    assertThat(CurveChecks.sample(line)).hasSize(6); // 100 m in steps of at most 20 m
  }

  private static double measured(List<AdaptiveSampler.Sample> s, int i) {
    return CurveChecks.curvature(s.get(i - 1).point(), s.get(i).point(), s.get(i + 1).point());
  }
}
