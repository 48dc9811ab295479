package dev.mapsmith.reconstruction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RectClipperTest {

  private final RectClipper clipper = new RectClipper(30, 15);

  @Test
  void lineLeavingAndReenteringBecomesTwoPieces() {
    List<double[]> pieces =
        clipper.clipLine(new double[] {-40, 0, 0, 0, 0, 40, 10, 40, 10, 0, 20, 0});
    assertThat(pieces).hasSize(2);
    assertThat(pieces.get(0)).containsExactly(-30, 0, 0, 0, 0, 15);
    assertThat(pieces.get(1)).containsExactly(10, 15, 10, 0, 20, 0);
  }

  @Test
  void ringIsCutToTheRectangle() {
    double[] ring = clipper.clipRing(new double[] {20, -20, 40, -20, 40, 20, 20, 20});
    assertThat(ring).hasSize(8);
    double area = 0;
    for (int i = 0; i < 4; i++) {
      int j = (i + 1) % 4;
      area += ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
    }
    assertThat(Math.abs(area) / 2).isEqualTo(300.0);
    for (int i = 0; i < 4; i++) {
      assertThat(ring[2 * i]).isBetween(20.0, 30.0);
      assertThat(ring[2 * i + 1]).isBetween(-15.0, 15.0);
    }
    assertThat(clipper.clipRing(new double[] {50, 0, 60, 0, 60, 10})).isEmpty();
  }
}
