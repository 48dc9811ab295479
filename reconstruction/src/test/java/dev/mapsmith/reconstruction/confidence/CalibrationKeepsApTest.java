package dev.mapsmith.reconstruction.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.reconstruction.eval.EvalResult;
import dev.mapsmith.reconstruction.eval.EvalWindow;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A calibration changes what a confidence means, not which primitive ranks first: with a strictly
 * increasing curve per class, every class's AP (and mAP) is exactly what it was.
 */
class CalibrationKeepsApTest {

  private static Primitive line(long id, MapClass c, double y, double offset, double conf) {
    return new Primitive(
        id,
        c,
        Polyline.of(List.of(new Point3(-25, y + offset, 0), new Point3(25, y + offset, 0))),
        Attributes.EMPTY,
        ReviewState.AUTO,
        conf,
        new Provenance("classical", "0.3", "{}", List.of("d"), "", Instant.EPOCH));
  }

  @Test
  void everyClassKeepsItsApUnderAStrictlyIncreasingCurve() {
    Random r = new Random(7);
    List<Primitive> truth = new ArrayList<>(), predicted = new ArrayList<>();
    long id = 1;
    for (int i = 0; i < 12; i++) {
      MapClass c = i % 2 == 0 ? MapClass.DIVIDER : MapClass.BOUNDARY;
      double y = -13 + 2.2 * i;
      truth.add(line(id++, c, y, 0, 1));
      // predictions off by 0-1.6 m with confidences unrelated to how good they are
      predicted.add(line(id++, c, y, r.nextDouble() * 1.6, r.nextDouble()));
    }
    FrameOfReference f = new NamedLocalFrame("test");
    List<EvalWindow> w = List.of(EvalWindow.at(0, 0, 0));
    EvalResult before = Evaluation.evaluate(new LaneMap(f, predicted), new LaneMap(f, truth), w);
    ConfidenceCurve squash =
        new ConfidenceCurve(new double[] {0.1, 0.5, 0.9}, new double[] {0.05, 0.1, 0.3}, 0.01);
    ConfidenceCalibration cal =
        new ConfidenceCalibration(
            1,
            "test",
            Map.of(
                "classical",
                new ConfidenceCalibration.Method(
                    null, Map.of(MapClass.DIVIDER, squash, MapClass.BOUNDARY, squash), Map.of())));
    List<Primitive> mapped = cal.apply("classical", null, predicted);
    assertThat(mapped.get(0).confidence()).isNotEqualTo(predicted.get(0).confidence());
    EvalResult after = Evaluation.evaluate(new LaneMap(f, mapped), new LaneMap(f, truth), w);
    for (MapClass c : List.of(MapClass.DIVIDER, MapClass.BOUNDARY)) {
      assertThat(after.score(c).ap()).containsExactly(before.score(c).ap());
    }
    assertThat(before.score(MapClass.DIVIDER).mean()).isBetween(0.01, 0.99); // not trivial
  }
}
