package dev.mapsmith.reconstruction.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MedianSelectTest {

  /**
   * Every index of arrays with many ties, signed zeros and NaN gives the value a sort puts there.
   */
  @Test
  void givesTheValueASortPutsAtTheIndex() {
    Random rnd = new Random(7);
    double[] pool = {0.0, -0.0, Double.NaN, 1.5, -2.0, 0.25, 0.25, 3.0, Double.MIN_VALUE};
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + rnd.nextInt(60);
      double[] a = new double[n];
      for (int i = 0; i < n; i++) {
        a[i] = trial % 2 == 0 ? pool[rnd.nextInt(pool.length)] : rnd.nextInt(5) * 0.1;
      }
      double[] sorted = a.clone();
      Arrays.sort(sorted);
      for (int k = 0; k < n; k++) {
        double[] work = Arrays.copyOf(a, n + 3);
        assertThat(Double.compare(MedianSelect.kth(work, n, k), sorted[k])).isZero();
        double[] kept = Arrays.copyOf(work, n);
        Arrays.sort(kept);
        assertThat(kept).isEqualTo(sorted); // only reordered
      }
    }
  }

  @Test
  void rejectsAnIndexOutsideTheValues() {
    assertThatThrownBy(() -> MedianSelect.kth(new double[] {1, 2}, 2, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
