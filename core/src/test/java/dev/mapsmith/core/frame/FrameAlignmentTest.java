package dev.mapsmith.core.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.geom.Point3;
import org.junit.jupiter.api.Test;

class FrameAlignmentTest {

  @Test
  void twoEnuFramesConvertThroughTheEarth() {
    LocalEnuFrame a = new LocalEnuFrame(new GeoOrigin(49.0, 8.4, 100));
    Point3 bOriginInA = a.projection().toEnu(49.001, 8.4, 100);
    LocalEnuFrame b = new LocalEnuFrame(new GeoOrigin(49.001, 8.4, 100));
    Point3 converted = FrameAlignment.converter(b, a).apply(new Point3(0, 0, 0));
    assertThat(converted.distanceTo(bOriginInA)).isLessThan(1e-3);
  }

  @Test
  void namedLocalFramesNeverConvertSilently() {
    NamedLocalFrame pit = new NamedLocalFrame("PIT");
    LocalEnuFrame enu = new LocalEnuFrame(new GeoOrigin(40.44, -79.99, 0));
    assertThatThrownBy(() -> FrameAlignment.converter(pit, enu))
        .isInstanceOf(FrameMismatchException.class)
        .hasMessageContaining("local(PIT)")
        .hasMessageContaining("enu(");
    assertThatThrownBy(() -> FrameAlignment.converter(pit, new NamedLocalFrame("MIA")))
        .isInstanceOf(FrameMismatchException.class);
    Point3 p = new Point3(1, 2, 3);
    assertThat(FrameAlignment.converter(pit, new NamedLocalFrame("PIT")).apply(p)).isEqualTo(p);
  }

  @Test
  void originParsingRejectsNonsense() {
    assertThat(GeoOrigin.parse("49.0, 8.4").lonDeg()).isEqualTo(8.4);
    assertThatThrownBy(() -> GeoOrigin.parse("91,0")).hasMessageContaining("lat 91");
    assertThatThrownBy(() -> GeoOrigin.parse("a,b")).hasMessageContaining("not a number");
  }
}
