package dev.mapsmith.core.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.geom.Point3;
import org.junit.jupiter.api.Test;

class EnuProjectionTest {

  private final EnuProjection karlsruhe = new EnuProjection(new GeoOrigin(49.0, 8.4, 110.0));

  @Test
  void originMapsToZero() {
    Point3 p = karlsruhe.toEnu(49.0, 8.4, 110.0);
    assertThat(p.x()).isCloseTo(0, within(1e-6));
    assertThat(p.y()).isCloseTo(0, within(1e-6));
    assertThat(p.z()).isCloseTo(0, within(1e-6));
  }

  @Test
  void oneArcSecondNorthIsAbout31Metres() {
    // a meridian arc second at 49° N is 30.9 m on WGS84
    Point3 p = karlsruhe.toEnu(49.0 + 1 / 3600.0, 8.4, 110.0);
    assertThat(p.x()).isCloseTo(0, within(1e-6));
    assertThat(p.y()).isCloseTo(30.91, within(0.02));
  }

  @Test
  void eastIsPositiveX() {
    Point3 p = karlsruhe.toEnu(49.0, 8.401, 110.0);
    // 0.001° of longitude at 49° N: 111.32 km · cos(49°) / 1000 ≈ 73.2 m
    assertThat(p.x()).isCloseTo(73.2, within(0.2));
    assertThat(p.y()).isCloseTo(0, within(0.01));
  }

  @Test
  void roundTripsWithinAMillimetreOverKilometres() {
    for (double[] enu : new double[][] {{1500, -2300, 12}, {-5000, 4000, -3}, {0.5, 0.25, 0}}) {
      Point3 p = new Point3(enu[0], enu[1], enu[2]);
      Point3 back = karlsruhe.toEnu(karlsruhe.toGeodetic(p));
      assertThat(back.distanceTo(p)).isLessThan(1e-3);
    }
  }
}
