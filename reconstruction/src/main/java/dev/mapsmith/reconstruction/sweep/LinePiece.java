package dev.mapsmith.reconstruction.sweep;

import java.util.List;

/**
 * A straight run of paint hits in the sweep's local frame: the line at {@code angle} from the
 * heading and lateral {@code offset}, from {@code t0} to {@code t1} along it.
 *
 * @param rings how many distinct rings its hits lie on
 */
record LinePiece(
    double angle, double offset, double t0, double t1, List<PaintHit> hits, int rings) {

  double u(double t) {
    return t * Math.cos(angle) - offset * Math.sin(angle);
  }

  double v(double t) {
    return t * Math.sin(angle) + offset * Math.cos(angle);
  }

  double length() {
    return t1 - t0;
  }

  LinePiece withEnds(double from, double to) {
    return new LinePiece(angle, offset, from, to, hits, rings);
  }
}
