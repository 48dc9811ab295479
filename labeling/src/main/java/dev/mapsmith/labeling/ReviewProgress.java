package dev.mapsmith.labeling;

/** How far review of an area has come: primitives per review state. */
public record ReviewProgress(int auto, int corrected, int verified, int rejected) {

  public int total() {
    return auto + corrected + verified + rejected;
  }

  /** Fraction of primitives a human has decided on (corrected, verified or rejected). */
  public double fractionDone() {
    return total() == 0 ? 1.0 : (double) (total() - auto) / total();
  }
}
