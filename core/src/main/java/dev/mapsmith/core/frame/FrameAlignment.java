package dev.mapsmith.core.frame;

import dev.mapsmith.core.geom.Point3;
import java.util.function.UnaryOperator;

/**
 * Converts coordinates from one frame of reference to another, or refuses. Equal frames convert by
 * identity; two ENU frames convert through WGS84; anything else is a {@link
 * FrameMismatchException}, never a silent shift.
 */
public final class FrameAlignment {

  private FrameAlignment() {}

  public static UnaryOperator<Point3> converter(FrameOfReference from, FrameOfReference to) {
    if (from.equals(to)) {
      return UnaryOperator.identity();
    }
    if (from instanceof LocalEnuFrame a && to instanceof LocalEnuFrame b) {
      EnuProjection pa = a.projection();
      EnuProjection pb = b.projection();
      return p -> pb.toEnu(pa.toGeodetic(p));
    }
    throw new FrameMismatchException(from, to);
  }

  /**
   * The rigid transform (yaw and shift) from {@code from} into {@code to}: identity for equal
   * frames; for two local ENU frames (same geodetic datum), fitted through {@link #converter} at
   * the origin and 1 km east, exact to millimetres over a few kilometres; anything else is a {@link
   * FrameMismatchException}.
   */
  public static RigidTransform rigid(FrameOfReference from, FrameOfReference to) {
    if (from.equals(to)) {
      return RigidTransform.IDENTITY;
    }
    if (!(from instanceof LocalEnuFrame && to instanceof LocalEnuFrame)) {
      throw new FrameMismatchException(from, to);
    }
    UnaryOperator<Point3> c = converter(from, to);
    Point3 o = c.apply(new Point3(0, 0, 0));
    Point3 ex = c.apply(new Point3(1000, 0, 0));
    double yaw = Math.atan2(ex.y() - o.y(), ex.x() - o.x());
    return RigidTransform.fromEuler(0, 0, yaw, o.x(), o.y(), o.z());
  }
}
