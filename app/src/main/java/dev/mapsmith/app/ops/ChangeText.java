package dev.mapsmith.app.ops;

import dev.mapsmith.reconstruction.changes.ChangeVerdict;

/** A verdict in a few words, for lists, edit descriptions and provenance. */
public final class ChangeText {

  private ChangeText() {}

  /** E.g. "moved 1.07 m", "attribute_changed pattern: dashed -> solid", "removed". */
  public static String of(ChangeVerdict v) {
    String s = v.verdict().key();
    if (!Double.isNaN(v.displacementM())) {
      s += String.format(java.util.Locale.ROOT, " %.2f m", v.displacementM());
    }
    if (!v.changed().isEmpty()) {
      s += " " + String.join(", ", v.changed());
    }
    return s;
  }
}
