package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.PaintColor;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attribute differences between a prior element and the detection that matched it, where both
 * say something: dashed versus solid for single lines, white versus yellow. A detection that does
 * not know its pattern or colour changes nothing.
 */
final class Attributes {

  private Attributes() {}

  static List<String> differences(Primitive prior, Primitive found) {
    List<String> out = new ArrayList<>();
    if (found == null) {
      return out;
    }
    Optional<LinePattern> a = prior.attributes().pattern(), b = found.attributes().pattern();
    if (a.isPresent()
        && b.isPresent()
        && single(a.get())
        && single(b.get())
        && a.get() != b.get()) {
      out.add("pattern: " + a.get().key() + " -> " + b.get().key());
    }
    Optional<PaintColor> x = prior.attributes().color(), y = found.attributes().color();
    if (x.isPresent()
        && y.isPresent()
        && x.get() != PaintColor.UNKNOWN
        && y.get() != PaintColor.UNKNOWN
        && x.get() != y.get()) {
      out.add("colour: " + x.get().key() + " -> " + y.get().key());
    }
    return out;
  }

  private static boolean single(LinePattern p) {
    return p == LinePattern.SOLID || p == LinePattern.DASHED;
  }
}
