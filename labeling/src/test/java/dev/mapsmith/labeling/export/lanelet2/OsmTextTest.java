package dev.mapsmith.labeling.export.lanelet2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OsmTextTest {

  private static String fixed(double d) {
    StringBuilder sb = new StringBuilder();
    OsmText.fixed(sb, d);
    return sb.toString();
  }

  @Test
  void latLonGetTenDecimalsWithSignAndPadding() {
    assertThat(fixed(-79.995)).isEqualTo("-79.9950000000");
    assertThat(fixed(40.44)).isEqualTo("40.4400000000");
    assertThat(fixed(180)).isEqualTo("180.0000000000");
    assertThat(fixed(0.00000000004)).isEqualTo("0.0000000000");
    assertThat(fixed(-1e-12)).isEqualTo("0.0000000000");
    assertThat(fixed(-0.0000000123)).isEqualTo("-0.0000000123");
  }

  @Test
  void printedLatLonIsWithinHalfTheLastDecimal() {
    Random r = new Random(1);
    for (int i = 0; i < 10_000; i++) {
      double d = (r.nextDouble() * 2 - 1) * 180;
      assertThat(Double.parseDouble(fixed(d))).isCloseTo(d, within(0.51e-10));
    }
  }

  @Test
  void xmlSpecialCharactersAreEscaped() {
    StringBuilder sb = new StringBuilder();
    OsmText.escape(sb, "a<b>&\"c\"\nd\te");
    assertThat(sb.toString()).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#10;d&#9;e");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
