package dev.mapsmith.reconstruction.sweep;

/**
 * One bright spot on the ground: where one ring crosses a painted line, as a few linked points.
 * Coordinates are the sweep's local frame (u along the heading, v to the left).
 *
 * @param u points' u coordinates
 * @param v points' v coordinates
 * @param z mean world height
 * @param range mean horizontal range from the sensor (which ring)
 */
record PaintHit(double[] u, double[] v, double z, double range) {

  double cu() {
    double s = 0;
    for (double a : u) {
      s += a;
    }
    return s / u.length;
  }

  double cv() {
    double s = 0;
    for (double a : v) {
      s += a;
    }
    return s / v.length;
  }
}
