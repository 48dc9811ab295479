package dev.mapsmith.reconstruction.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Polyline;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepLineMergeTest {

  private static SweepLine line(double y, double x0, double x1, double conf) {
    return new SweepLine(Polyline.of(x0, y, 0, x1, y, 0), conf, 5, x1 - x0);
  }

  @Test
  void aLineRepeatingAKeptOneIsDroppedAndTheMoreConfidentStays() {
    SweepLine strong = line(0, 0, 30, 0.9),
        weakCopy = line(0.2, 5, 30, 0.6),
        other = line(3.5, 0, 30, 0.5);
    List<SweepLine> kept =
        SweepLineMerge.distinct(List.of(weakCopy, other, strong), List.of(), 0.5);
    assertThat(kept).containsExactly(strong, other);
  }

  @Test
  void aLineAlreadyFoundByTheClassicalStepIsDropped() {
    Polyline classical = Polyline.of(0, 0.1, 0, 40, 0.1, 0);
    assertThat(SweepLineMerge.distinct(List.of(line(0, 0, 30, 0.9)), List.of(classical), 0.5))
        .isEmpty();
  }

  @Test
  void aLineThatOnlyTouchesAKeptOneIsKept() {
    SweepLine a = line(0, 0, 30, 0.9), b = line(0.1, 25, 60, 0.8);
    assertThat(SweepLineMerge.distinct(List.of(a, b), List.of(), 0.5)).containsExactly(a, b);
  }
}
