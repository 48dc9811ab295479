package dev.mapsmith.drivelog.map.opendrive;

import java.util.Comparator;
import java.util.List;

/**
 * A piecewise cubic along s: each record holds from its start to the next one's (OpenDRIVE's
 * elevation, laneOffset and lane width records). Before the first record, and when empty, it is 0.
 */
public record CubicProfile(List<Cubic> pieces) {

  public static final CubicProfile ZERO = new CubicProfile(List.of());

  public CubicProfile {
    pieces = pieces.stream().sorted(Comparator.comparingDouble(Cubic::start)).toList();
  }

  public double value(double s) {
    Cubic piece = pieceAt(s);
    return piece == null ? 0 : piece.value(s);
  }

  /** The starts of the pieces, where the profile may have a kink. */
  public List<Double> breaks() {
    return pieces.stream().map(Cubic::start).toList();
  }

  private Cubic pieceAt(double s) {
    Cubic found = null;
    for (Cubic p : pieces) {
      if (p.start() <= s + 1e-9) {
        found = p;
      } else {
        break;
      }
    }
    return found;
  }
}
