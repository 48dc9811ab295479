package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;

/** Where a cut across the road meets a line: metres to the left of the station, point, line. */
record Hit(double offset, Point3 point, Primitive line) {}
