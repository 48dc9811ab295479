package dev.mapsmith.reconstruction;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.FrameMismatchException;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import java.util.function.UnaryOperator;

/**
 * Puts drives into one frame: equal frames need nothing; two local ENU frames (same geodetic datum)
 * are related by a rigid transform fitted through {@link FrameAlignment} at three points, exact to
 * millimetres over a few kilometres; anything else is a {@link FrameMismatchException}.
 */
final class DriveFrames {

  private DriveFrames() {}

  /** The transform from {@code from} into {@code to}. */
  static RigidTransform bridge(FrameOfReference from, FrameOfReference to) {
    if (from.equals(to)) {
      return RigidTransform.IDENTITY;
    }
    if (!(from instanceof LocalEnuFrame && to instanceof LocalEnuFrame)) {
      throw new FrameMismatchException(from, to);
    }
    UnaryOperator<Point3> c = FrameAlignment.converter(from, to);
    Point3 o = c.apply(new Point3(0, 0, 0));
    Point3 ex = c.apply(new Point3(1000, 0, 0));
    double yaw = Math.atan2(ex.y() - o.y(), ex.x() - o.x());
    return RigidTransform.fromEuler(0, 0, yaw, o.x(), o.y(), o.z());
  }
}
