package dev.mapsmith.core.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.geom.Point3;
import org.junit.jupiter.api.Test;

class RigidTransformTest {

  @Test
  void yawRotatesForwardIntoTheHeading() {
    RigidTransform t = RigidTransform.fromEuler(0, 0, Math.PI / 2, 10, 0, 0);
    Point3 p = t.apply(new Point3(1, 0, 0));
    assertThat(p.x()).isCloseTo(10, within(1e-12));
    assertThat(p.y()).isCloseTo(1, within(1e-12));
    assertThat(t.yaw()).isCloseTo(Math.PI / 2, within(1e-12));
  }

  @Test
  void composeAndInverseAreConsistent() {
    RigidTransform a = RigidTransform.fromEuler(0.1, -0.2, 1.3, 5, -2, 0.5);
    RigidTransform b = RigidTransform.fromEuler(-0.05, 0.02, -0.7, 1, 2, 3);
    Point3 p = new Point3(0.3, -4, 2);
    assertThat(a.compose(b).apply(p).distanceTo(a.apply(b.apply(p)))).isLessThan(1e-12);
    assertThat(a.inverse().apply(a.apply(p)).distanceTo(p)).isLessThan(1e-12);
  }

  @Test
  void matrixAndEulerAgree() {
    double yaw = 0.4;
    double[] r = {Math.cos(yaw), -Math.sin(yaw), 0, Math.sin(yaw), Math.cos(yaw), 0, 0, 0, 1};
    RigidTransform m = RigidTransform.fromMatrix(r, 1, 2, 3);
    RigidTransform e = RigidTransform.fromEuler(0, 0, yaw, 1, 2, 3);
    Point3 p = new Point3(2, -1, 0.5);
    assertThat(m.apply(p).distanceTo(e.apply(p))).isLessThan(1e-12);
  }

  @Test
  void interpolationIsHalfwayInTranslationAndRotation() {
    RigidTransform a = RigidTransform.fromEuler(0, 0, 0, 0, 0, 0);
    RigidTransform b = RigidTransform.fromEuler(0, 0, Math.PI / 2, 10, 0, 0);
    RigidTransform mid = a.interpolate(b, 0.5);
    assertThat(mid.tx()).isCloseTo(5, within(1e-12));
    assertThat(mid.yaw()).isCloseTo(Math.PI / 4, within(1e-12));
  }
}
