package dev.mapsmith.reconstruction.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SweepCoverageTest {

  @Test
  void aSingleSweepIsSparse() {
    assertThat(SweepCoverage.sparseSweeps(new double[] {3}, new double[] {4}, 2))
        .containsExactly(0);
  }

  @Test
  void sweepsADriveApartAreDenseAndFarApartAreSparse() {
    double[] x = new double[50], y = new double[50];
    for (int i = 0; i < x.length; i++) {
      x[i] = i * 1.0;
    }
    assertThat(SweepCoverage.sparseSweeps(x, y, 2)).isEmpty();
    for (int i = 0; i < x.length; i++) {
      x[i] = i * 5.0;
    }
    assertThat(SweepCoverage.sparseSweeps(x, y, 2)).hasSize(50);
  }

  @Test
  void aVehicleStandingStillSeesTheSameRingsOnce() {
    double[] x = new double[40], y = new double[40];
    for (int i = 0; i < x.length; i++) {
      x[i] = 0.01 * i;
    }
    assertThat(SweepCoverage.sparseSweeps(x, y, 2)).containsExactly(0);
  }

  @Test
  void mismatchedArraysAreRefused() {
    assertThatThrownBy(() -> SweepCoverage.sparseSweeps(new double[2], new double[3], 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ");
  }
}
