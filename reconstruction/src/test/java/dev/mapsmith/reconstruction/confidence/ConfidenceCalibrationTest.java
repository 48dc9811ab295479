package dev.mapsmith.reconstruction.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration file and how a method's primitives are mapped by it. */
class ConfidenceCalibrationTest {

  private static final ConfidenceCurve HALVE =
      new ConfidenceCurve(new double[] {0, 1}, new double[] {0, 0.5}, 0.01);

  private static Primitive prim(MapClass c, double confidence) {
    return new Primitive(
        1,
        c,
        Polyline.of(List.of(new Point3(0, 0, 0), new Point3(10, 0, 0))),
        Attributes.EMPTY,
        ReviewState.AUTO,
        confidence,
        new Provenance("classical", "0.3", "{}", List.of("d"), "", Instant.EPOCH));
  }

  private static ConfidenceCalibration sample() {
    return new ConfidenceCalibration(
        ConfidenceCalibration.VERSION,
        "test",
        Map.of(
            "classical",
            new ConfidenceCalibration.Method(
                null, Map.of(MapClass.DIVIDER, HALVE), Map.of(MapClass.DIVIDER, 10)),
            "learned",
            new ConfidenceCalibration.Method(
                "abc", Map.of(MapClass.DIVIDER, HALVE), Map.of(MapClass.DIVIDER, 10))));
  }

  @Test
  void mapsOnlyTheClassesItHasCurvesFor() {
    List<Primitive> out =
        sample()
            .apply(
                "classical",
                null,
                List.of(prim(MapClass.DIVIDER, 0.8), prim(MapClass.CENTERLINE, 0.8)));
    assertThat(out.get(0).confidence()).isCloseTo(0.99 * 0.4 + 0.01 * 0.8, within());
    assertThat(out.get(1).confidence()).isEqualTo(0.8);
  }

  @Test
  void learnedCurvesHoldOnlyForTheModelTheyWereFittedWith() {
    ConfidenceCalibration c = sample();
    assertThat(
            c.apply("learned", "other", List.of(prim(MapClass.DIVIDER, 0.8))).get(0).confidence())
        .isEqualTo(0.8);
    assertThat(c.describe("learned", "other")).isEqualTo("none");
    assertThat(c.apply("learned", "abc", List.of(prim(MapClass.DIVIDER, 0.8))).get(0).confidence())
        .isLessThan(0.5);
    assertThat(c.describe("learned", "abc")).matches("v1:[0-9a-f]{8}");
    assertThat(ConfidenceCalibration.none().describe("classical", null)).isEqualTo("none");
  }

  @Test
  void fileRoundTripsAndTheHashFollowsTheCurves(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("cal.json");
    CalibrationJson.write(sample(), f);
    ConfidenceCalibration back = CalibrationJson.read(f);
    assertThat(back.methods()).isEqualTo(sample().methods());
    assertThat(back.describe("classical", null)).isEqualTo(sample().describe("classical", null));
    ConfidenceCalibration other =
        new ConfidenceCalibration(
            1,
            "test",
            Map.of(
                "classical",
                new ConfidenceCalibration.Method(
                    null, Map.of(MapClass.DIVIDER, ConfidenceCurve.identity()), Map.of())));
    assertThat(other.describe("classical", null))
        .isNotEqualTo(sample().describe("classical", null));
  }

  @Test
  void aBrokenFileIsNamedWithItsFault(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(
        f,
        "{\"format\":\"mapsmith-confidence-calibration\",\"version\":1,"
            + "\"methods\":{\"classical\":{\"classes\":{\"divider\":{\"scores\":[0.5,0.2],"
            + "\"probabilities\":[0.1,0.2],\"tie_break\":0.01}}}}}");
    assertThatThrownBy(() -> CalibrationJson.read(f))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("divider")
        .hasMessageContaining("monotonicity");
    Files.writeString(f, "{\"format\":");
    assertThatThrownBy(() -> CalibrationJson.read(f)).hasMessageContaining("malformed JSON");
  }

  @Test
  void theShippedCalibrationLoadsAndEveryCurveIsMonotoneInTheUnitInterval() {
    ConfidenceCalibration c = ConfidenceCalibration.shipped();
    for (ConfidenceCalibration.Method m : c.methods().values()) {
      for (ConfidenceCurve curve : m.curves().values()) {
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
          double v = curve.apply(i / 100.0);
          assertThat(v).isBetween(0.0, 1.0).isGreaterThan(previous);
          previous = v;
        }
      }
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
