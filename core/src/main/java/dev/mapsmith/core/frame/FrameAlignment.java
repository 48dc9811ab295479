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
}
