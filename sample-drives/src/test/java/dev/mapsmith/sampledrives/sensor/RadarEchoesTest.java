package dev.mapsmith.sampledrives.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.sampledrives.scene.Hit;
import dev.mapsmith.sampledrives.scene.Material;
import org.junit.jupiter.api.Test;

class RadarEchoesTest {

  @Test
  void metalReflectsMostAndAsphaltIsNeverDetected() {
    assertThat(RadarEchoes.rcs(Material.METAL)).isGreaterThan(RadarEchoes.rcs(Material.CAR));
    assertThat(RadarEchoes.rcs(Material.CAR)).isGreaterThan(RadarEchoes.rcs(Material.BUILDING));
    assertThat(RadarEchoes.rcs(Material.BUILDING))
        .isGreaterThan(RadarEchoes.rcs(Material.CONCRETE));
    assertThat(RadarEchoes.rcs(Material.CONCRETE)).isGreaterThan(RadarEchoes.rcs(Material.ASPHALT));
    assertThat(RadarEchoes.detection(RadarEchoes.rcs(Material.ASPHALT))).isZero();
    assertThat(RadarEchoes.detection(RadarEchoes.rcs(Material.PAINT_WHITE))).isZero();
    assertThat(RadarEchoes.detection(RadarEchoes.rcs(Material.CAR))).isGreaterThan(0.5);
  }

  @Test
  void aMovingCarHasTheVelocityOfItsBoxAndAParkedOneNone() {
    // one car 4.5 m long heading +x at (10, 2), 0.5 m further on 0.05 s later: 10 m/s
    double[] now = {10, 2, 1, 0, 2.25, 0.9, 0.15, 1.5};
    double[] later = {10.5, 2, 1, 0, 2.25, 0.9, 0.15, 1.5};
    Hit onTheCar = hit(Material.CAR, 8.0, 1.2);
    double[] v = RadarEchoes.targetVelocity(onTheCar, now, later, 0.05);
    assertThat(v[0]).isCloseTo(10, within(1e-9));
    assertThat(v[1]).isCloseTo(0, within(1e-9));
    Hit parked = hit(Material.CAR, 30, 5);
    assertThat(RadarEchoes.targetVelocity(parked, now, later, 0.05)).containsExactly(0, 0);
    Hit wall = hit(Material.BUILDING, 10, 2);
    assertThat(RadarEchoes.targetVelocity(wall, now, later, 0.05)).containsExactly(0, 0);
  }

  private static Hit hit(Material m, double x, double y) {
    Hit h = new Hit();
    h.material = m;
    h.x = x;
    h.y = y;
    return h;
  }
}
