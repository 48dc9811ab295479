package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.PaintColor;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attribute differences between a prior element and the detection that matched it, where both
 * say something: dashed versus solid for single lines (the reconstruction's pattern when the share
 * of the line with paint agrees: at most {@code dashedPaint} for dashed, at least {@code
 * solidPaint} for solid; or the paint alone when it is clear: a dashed line painted {@code
 * solidPaint} or more, a solid one {@code dashedPaintAlone} or less), white versus yellow. A
 * detection that does not know its pattern or colour changes nothing.
 */
final class Attributes {

  private Attributes() {}

  static List<String> differences(
      Primitive prior, Primitive found, double paint, ChangeConfig cfg) {
    List<String> out = new ArrayList<>();
    if (found == null) {
      return out;
    }
    Optional<LinePattern> a = prior.attributes().pattern(), b = found.attributes().pattern();
    if (a.isPresent() && single(a.get())) {
      LinePattern now = a.get();
      if (b.isPresent() && single(b.get()) && paintAgrees(b.get(), paint, cfg)) {
        now = b.get();
      }
      if (a.get() == LinePattern.DASHED && paint >= cfg.solidPaint()) {
        now = LinePattern.SOLID;
      }
      if (a.get() == LinePattern.SOLID && paint <= cfg.dashedPaintAlone()) {
        now = LinePattern.DASHED;
      }
      if (now != a.get()) {
        out.add("pattern: " + a.get().key() + " -> " + now.key());
      }
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

  /** The share of the line with paint must say the same: little for dashed, most for solid. */
  private static boolean paintAgrees(LinePattern found, double paint, ChangeConfig cfg) {
    return found == LinePattern.DASHED ? paint <= cfg.dashedPaint() : paint >= cfg.solidPaint();
  }

  private static boolean single(LinePattern p) {
    return p == LinePattern.SOLID || p == LinePattern.DASHED;
  }
}
