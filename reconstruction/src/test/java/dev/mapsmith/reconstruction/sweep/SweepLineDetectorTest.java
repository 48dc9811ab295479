package dev.mapsmith.reconstruction.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.reconstruction.cloud.GroundConfig;
import dev.mapsmith.reconstruction.sweep.RingSweep.Paint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepLineDetectorTest {

  private static final double X = 500, Y = -200, YAW = 0.7;

  private static List<SweepLine> detect(PointCloud cloud) {
    return SweepLineDetector.detect(
        cloud, X, Y, YAW, GroundConfig.defaults(), SweepLineConfig.defaults());
  }

  /** Mean and largest distance from the truth line (sampled every 0.5 m) to the detected line. */
  private static double[] offTruth(Paint truth, Polyline found, double u0, double u1) {
    double sum = 0, max = 0;
    int n = 0;
    double c = Math.cos(YAW), s = Math.sin(YAW);
    for (double u = u0; u <= u1; u += 0.5) {
      double t = (u - truth.u0()) / (truth.u1() - truth.u0());
      double v = truth.v0() + t * (truth.v1() - truth.v0());
      double d = SweepLineMerge.distance(found, X + u * c - v * s, Y + u * s + v * c);
      sum += d;
      max = Math.max(max, d);
      n++;
    }
    return new double[] {sum / n, max};
  }

  private static SweepLine nearest(List<SweepLine> lines, Paint truth) {
    SweepLine best = null;
    double bestD = Double.MAX_VALUE;
    for (SweepLine l : lines) {
      double d = offTruth(truth, l.geometry(), -10, 10)[0];
      if (d < bestD) {
        bestD = d;
        best = l;
      }
    }
    return best;
  }

  @Test
  void findsLinesThatRingsCrossWithinTolerance() {
    List<Paint> paint =
        List.of(
            new Paint(-40, 1.8, 40, 1.8),
            new Paint(-40, -1.7, 40, -1.7),
            new Paint(-40, 5.0, 40, 7.1)); // 1.5° off the heading
    List<SweepLine> lines = detect(RingSweep.sweep(paint, X, Y, YAW, 0, 1));
    assertThat(lines).hasSize(3);
    for (Paint p : paint) {
      SweepLine l = nearest(lines, p);
      double[] off = offTruth(p, l.geometry(), -20, 20);
      assertThat(off[0]).as("mean offset of %s", p).isLessThan(0.1);
      assertThat(off[1]).as("largest offset of %s", p).isLessThan(0.2);
      assertThat(l.rings()).isGreaterThanOrEqualTo(10);
      assertThat(l.confidence()).isBetween(0.8, 1.0);
    }
  }

  @Test
  void aLineEndsBetweenItsLastPaintedRingAndTheNextUnpaintedOne() {
    Paint stub = new Paint(-6, 1.8, 15, 1.8);
    List<SweepLine> lines = detect(RingSweep.sweep(List.of(stub), X, Y, YAW, 0, 2));
    assertThat(lines).hasSize(1);
    Polyline g = lines.get(0).geometry();
    double c = Math.cos(YAW), s = Math.sin(YAW);
    double first = (g.x(0) - X) * c + (g.y(0) - Y) * s;
    double last = (g.x(g.size() - 1) - X) * c + (g.y(g.size() - 1) - Y) * s;
    double[] rings = RingSweep.ringRanges();
    double lastPainted = 0, nextUnpainted = Double.MAX_VALUE;
    for (double r : rings) {
      double u = Math.sqrt(r * r - 1.8 * 1.8);
      if (u <= 15 + 0.075) {
        lastPainted = Math.max(lastPainted, u);
      } else {
        nextUnpainted = Math.min(nextUnpainted, u);
      }
    }
    assertThat(last)
        .isBetween(
            lastPainted,
            Math.min(nextUnpainted, lastPainted + SweepLineConfig.defaults().extension()) + 0.1);
    assertThat(first).isLessThan(-3.5);
  }

  /**
   * One ground point in a thousand made paint-bright at random: about 2.5 times the stray bright
   * spots of the real Argoverse 2 sweep (6 hits on no line among 14,528 ground points).
   */
  @Test
  void findsNoLineInBrightNoise() {
    for (long seed = 10; seed < 40; seed++) {
      List<SweepLine> lines = detect(RingSweep.sweep(List.of(), X, Y, YAW, 0.001, seed));
      assertThat(lines).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void linesStillStandOutOfNoise() {
    List<Paint> paint = List.of(new Paint(-40, 1.8, 40, 1.8), new Paint(-40, -1.7, 40, -1.7));
    List<SweepLine> lines = detect(RingSweep.sweep(paint, X, Y, YAW, 0.001, 5));
    assertThat(lines).hasSize(2);
    for (Paint p : paint) {
      assertThat(offTruth(p, nearest(lines, p).geometry(), -20, 20)[0]).isLessThan(0.1);
    }
  }

  @Test
  void aLineAcrossTheHeadingIsNotSearched() {
    List<Paint> crossing = List.of(new Paint(12, -15, 12, 15));
    assertThat(detect(RingSweep.sweep(crossing, X, Y, YAW, 0, 3))).isEmpty();
  }

  @Test
  void brightGroundAtTheFootOfAnObjectIsNotPaint() {
    Paint foot = new Paint(-30, 6, 30, 6);
    PointCloud ground = RingSweep.sweep(List.of(foot), X, Y, YAW, 0, 4);
    int wall = 4000;
    PointCloud cloud = PointCloud.allocate(ground.size() + wall, false);
    double c = Math.cos(YAW), s = Math.sin(YAW);
    for (int i = 0; i < ground.size(); i++) {
      cloud.x()[i] = ground.x()[i];
      cloud.y()[i] = ground.y()[i];
      cloud.z()[i] = ground.z()[i];
      cloud.intensity()[i] = ground.intensity()[i];
    }
    for (int k = 0; k < wall; k++) { // a row of parked cars along the bright strip
      double u = -30 + 60.0 * k / wall, v = 6.25, z = 0.3 + 1.2 * ((k * 7) % 10) / 10.0;
      int i = ground.size() + k;
      cloud.x()[i] = (float) (X + u * c - v * s);
      cloud.y()[i] = (float) (Y + u * s + v * c);
      cloud.z()[i] = (float) z;
      cloud.intensity()[i] = 0.1f;
    }
    assertThat(detect(RingSweep.sweep(List.of(foot), X, Y, YAW, 0, 4))).hasSize(1);
    assertThat(detect(cloud)).isEmpty();
  }
}
