package dev.mapsmith.core.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PolylinesTest {

  @Test
  void resampleSpacesPointsEvenlyAlongTheLength() {
    Polyline l = Polyline.of(0, 0, 0, 10, 0, 0, 10, 10, 0);
    Polyline r = Polylines.resample(l, false, 5);
    assertThat(r.size()).isEqualTo(5);
    double[][] expected = {{0, 0}, {5, 0}, {10, 0}, {10, 5}, {10, 10}};
    for (int i = 0; i < 5; i++) {
      assertThat(r.x(i)).isCloseTo(expected[i][0], within(1e-9));
      assertThat(r.y(i)).isCloseTo(expected[i][1], within(1e-9));
    }
  }

  @Test
  void closedRingIsWalkedBackToItsStart() {
    Polyline square = Polyline.of(0, 0, 0, 2, 0, 0, 2, 2, 0, 0, 2, 0);
    assertThat(Polylines.length2d(square, true)).isCloseTo(8, within(1e-12));
    Polyline r = Polylines.resample(square, true, 9);
    assertThat(r.x(8)).isCloseTo(0, within(1e-9));
    assertThat(r.y(8)).isCloseTo(0, within(1e-9));
    assertThat(r.x(4)).isCloseTo(2, within(1e-9));
    assertThat(r.y(4)).isCloseTo(2, within(1e-9));
  }

  @Test
  void distanceToAPolylineUsesTheNearestSegment() {
    Polyline l = Polyline.of(0, 0, 0, 10, 0, 0);
    assertThat(Polylines.distanceTo2d(l, 5, 3)).isCloseTo(3, within(1e-12));
    assertThat(Polylines.distanceTo2d(l, -3, 4)).isCloseTo(5, within(1e-12));
  }

  @Test
  void editsMakeNewPolylines() {
    Polyline l = Polyline.of(0, 0, 0, 1, 0, 0);
    Polyline inserted = l.withInserted(1, new Point3(0.5, 1, 0));
    assertThat(inserted.size()).isEqualTo(3);
    assertThat(inserted.y(1)).isEqualTo(1);
    assertThat(l.size()).isEqualTo(2);
    assertThat(inserted.withoutVertex(1)).isEqualTo(l);
    assertThat(l.reversed().x(0)).isEqualTo(1);
  }

  @Test
  void rejectsNonFiniteCoordinates() {
    assertThatThrownBy(() -> Polyline.of(0, 0, Double.NaN)).hasMessageContaining("not finite");
    assertThatThrownBy(() -> Polyline.of(0, 0)).hasMessageContaining("threes");
  }

  @Test
  void areaParsing() {
    assertThat(Bounds2.parse("-10,-5,20,5")).isEqualTo(new Bounds2(-10, -5, 20, 5));
    assertThatThrownBy(() -> Bounds2.parse("1,2,3")).hasMessageContaining("XMIN,YMIN,XMAX,YMAX");
    assertThatThrownBy(() -> Bounds2.parse("5,0,1,1")).hasMessageContaining("min not below max");
  }
}
