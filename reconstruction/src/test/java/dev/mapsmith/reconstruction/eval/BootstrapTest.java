package dev.mapsmith.reconstruction.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  private static final List<Double> UNITS = List.of(0.2, 0.9, 0.5, 0.7, 0.4, 0.85, 0.6, 0.3);
  private static final Function<List<Double>, Double> MEAN =
      l -> l.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);

  private static Bootstrap.Interval interval(long seed) {
    double[] values =
        Bootstrap.replicates(UNITS, MEAN, 1000, seed).stream()
            .mapToDouble(Double::doubleValue)
            .toArray();
    return Bootstrap.percentile(MEAN.apply(UNITS), values, 0.95);
  }

  @Test
  void intervalContainsTheEstimateAndIsNarrowerThanTheData() {
    Bootstrap.Interval i = interval(7);
    assertThat(i.contains(i.estimate())).isTrue();
    assertThat(i.low()).isGreaterThan(0.2);
    assertThat(i.high()).isLessThan(0.9);
    // the mean of 8 units with sd ~0.24 has a standard error ~0.08: a 95 % interval ~0.3 wide
    assertThat(i.high() - i.low()).isBetween(0.15, 0.45);
  }

  @Test
  void sameSeedSameInterval() {
    assertThat(interval(7)).isEqualTo(interval(7));
    assertThat(interval(8)).isNotEqualTo(interval(7));
  }

  @Test
  void oneUnitGivesAPointAndNaNsAreLeftOut() {
    double[] values =
        Bootstrap.replicates(List.of(0.4), MEAN, 50, 1).stream()
            .mapToDouble(Double::doubleValue)
            .toArray();
    Bootstrap.Interval i = Bootstrap.percentile(0.4, values, 0.95);
    assertThat(i.low()).isEqualTo(0.4);
    assertThat(i.high()).isEqualTo(0.4);
    Bootstrap.Interval withNaN =
        Bootstrap.percentile(0.5, new double[] {Double.NaN, 0.0, 1.0}, 0.5);
    assertThat(withNaN.low()).isCloseTo(0.25, within(1e-12));
    assertThat(withNaN.high()).isCloseTo(0.75, within(1e-12));
    assertThat(Bootstrap.percentile(0.5, new double[] {Double.NaN}, 0.95).low()).isNaN();
  }
}
