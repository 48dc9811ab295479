package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;

/**
 * Where a cut across the road meets a line: metres to the left of the station, point, line, and
 * whether the line was not seen here but followed through a gap ({@link GapBridging}).
 */
record Hit(double offset, Point3 point, Primitive line, boolean bridged) {

  Hit(double offset, Point3 point, Primitive line) {
    this(offset, point, line, false);
  }
}
