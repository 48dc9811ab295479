package dev.mapsmith.reconstruction.learned;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThinningTest {

  @Test
  void aWideRaggedBandBecomesAThreeCellLineAlongItsCentre() {
    int w = 60, h = 30;
    boolean[] band = new boolean[w * h];
    for (int c = 5; c < 55; c++) {
      int half = 4 + (c % 3); // 9 to 13 cells wide, ragged
      for (int r = 15 - half; r <= 15 + half; r++) {
        band[r * w + c] = true;
      }
    }
    boolean[] lines = Thinning.centreLines(band, w, h);
    for (int c = 12; c < 48; c++) { // away from the ends
      int first = -1, last = -1;
      for (int r = 0; r < h; r++) {
        if (lines[r * w + c]) {
          first = first < 0 ? r : first;
          last = r;
        }
      }
      assertThat(first).as("column %d", c).isBetween(13, 15);
      assertThat(last).as("column %d", c).isBetween(15, 17);
      assertThat(last - first).as("column %d", c).isBetween(2, 3);
    }
  }

  @Test
  void anEmptyMaskStaysEmpty() {
    assertThat(Thinning.centreLines(new boolean[12], 4, 3)).containsOnly(false);
  }
}
