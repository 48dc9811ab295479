package dev.mapsmith.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.training.LaneClass;
import org.junit.jupiter.api.Test;

class LabelBandsTest {

  @Test
  void linesGrowByOnePixelEachSideIntoBackgroundOnly() {
    int n = 8;
    byte[] mask = new byte[n * n];
    for (int r = 0; r < n; r++) {
      mask[r * n + 3] = (byte) LaneClass.SOLID_DIVIDER.ordinal(); // a vertical line, column 3
      mask[r * n + 7] = (byte) LaneClass.CROSSWALK.ordinal(); // crosswalk area, column 7
    }
    mask[0] = (byte) LaneClass.BOUNDARY.ordinal(); // a curb pixel in the corner
    byte[] out = LabelBands.widen(mask, n);
    for (int r = 0; r < n; r++) {
      assertThat(out[r * n + 2]).isEqualTo((byte) LaneClass.SOLID_DIVIDER.ordinal());
      assertThat(out[r * n + 3]).isEqualTo((byte) LaneClass.SOLID_DIVIDER.ordinal());
      assertThat(out[r * n + 4]).isEqualTo((byte) LaneClass.SOLID_DIVIDER.ordinal());
      assertThat(out[r * n + 5]).isZero();
      assertThat(out[r * n + 6]).isZero(); // crosswalks do not grow
      assertThat(out[r * n + 7]).isEqualTo((byte) LaneClass.CROSSWALK.ordinal());
    }
    assertThat(out[0]).isEqualTo((byte) LaneClass.BOUNDARY.ordinal());
    assertThat(out[1]).isEqualTo((byte) LaneClass.BOUNDARY.ordinal());
    assertThat(out[n]).isEqualTo((byte) LaneClass.BOUNDARY.ordinal());
    assertThat(mask[2]).isZero(); // the input is left alone
  }
}
