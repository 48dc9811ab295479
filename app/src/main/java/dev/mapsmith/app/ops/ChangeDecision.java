package dev.mapsmith.app.ops;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.edit.Change;
import dev.mapsmith.labeling.edit.EditCommand;
import dev.mapsmith.labeling.edit.EditContext;
import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import dev.mapsmith.reconstruction.changes.Verdict;

/**
 * Accepting or rejecting one detected change, as one undoable edit stamped with the reviewer and
 * time; the primitive it touches carries the decision ({@link ChangeMark}). Accepted: a removed
 * element is rejected (kept in the project, left out of exports), a moved one shifted onto the line
 * found ({@link ChangeShift}), a changed one takes the new pattern, colour or class, an addition is
 * inserted ({@code geometry}: the found line with ground heights); each with provenance {@code
 * change} naming the drives. Rejected: the element is kept as it is and verified; a rejected
 * addition is kept as a rejected primitive, so the decision stays on record.
 */
public record ChangeDecision(String key, ChangeVerdict verdict, boolean accept, Polyline geometry)
    implements EditCommand {

  @Override
  public String description() {
    String what =
        verdict.verdict().key() + (verdict.element() == 0 ? "" : " #" + verdict.element());
    return (accept ? "accept" : "reject") + " change " + key + " (" + what + ")";
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    if (!verdict.verdict().isChange()) {
      throw new IllegalArgumentException(
          "change " + key + " is " + verdict.verdict().key() + ": nothing to accept or reject");
    }
    String mark = new ChangeMark(accept, key, ctx.user(), ctx.now()).text();
    Provenance from =
        new Provenance(
            "change", key, ChangeText.of(verdict), verdict.drives(), ctx.user(), ctx.now());
    if (verdict.verdict() == Verdict.ADDED) {
      Polyline g = geometry != null ? geometry : verdict.found();
      Primitive added =
          new Primitive(
              ctx.newId(),
              verdict.mapClass(),
              g,
              Attributes.of(ChangeMark.ATTRIBUTE, mark),
              accept ? ReviewState.VERIFIED : ReviewState.REJECTED,
              verdict.confidence(),
              from);
      return Change.of(Change.insert(added, ctx.stamp()));
    }
    Primitive before =
        map.get(verdict.element())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "primitive " + verdict.element() + " is no longer in the map"));
    Primitive marked = before.withAttributes(before.attributes().with(ChangeMark.ATTRIBUTE, mark));
    Primitive after =
        !accept ? marked.withReview(ReviewState.VERIFIED) : accepted(marked, from, before);
    return Change.of(new Change.Entry(before, after, ctx.stamp()));
  }

  private Primitive accepted(Primitive marked, Provenance from, Primitive before) {
    return switch (verdict.verdict()) {
      case REMOVED -> marked.withReview(ReviewState.REJECTED);
      case MOVED -> {
        if (verdict.found() == null) {
          throw new IllegalArgumentException("change " + key + " has no found geometry");
        }
        yield provenance(
            marked.withGeometry(
                ChangeShift.onto(before.geometry(), before.closed(), verdict.found())),
            from);
      }
      case ATTRIBUTE_CHANGED -> provenance(withChanges(marked), from);
      default -> throw new IllegalStateException(verdict.verdict().key());
    };
  }

  /** The pattern, colour or class the verdict found ("pattern: dashed -> solid", ...). */
  private Primitive withChanges(Primitive p) {
    for (String c : verdict.changed()) {
      String[] kv = c.split(":\\s*|\\s*->\\s*");
      if (kv.length != 3) {
        throw new IllegalArgumentException("change " + key + ": cannot read '" + c + "'");
      }
      p =
          switch (kv[0].strip()) {
            case "pattern" ->
                p.withAttributes(
                    p.attributes().withPattern(dev.mapsmith.core.map.LinePattern.fromKey(kv[2])));
            case "colour", "color" ->
                p.withAttributes(
                    p.attributes().withColor(dev.mapsmith.core.map.PaintColor.fromKey(kv[2])));
            case "class" -> withClass(p, MapClass.fromKey(kv[2].strip()));
            default ->
                throw new IllegalArgumentException(
                    "change " + key + ": unknown attribute '" + kv[0] + "'");
          };
    }
    return p;
  }

  /** A new class; a Lanelet2 type that was the old class's default becomes the new one's. */
  private static Primitive withClass(Primitive p, MapClass c) {
    Attributes a = p.attributes();
    String oldDefault = dev.mapsmith.drivelog.map.MapsmithTags.defaultType(p.mapClass());
    if (a.get(Attributes.TYPE).map(oldDefault::equals).orElse(false)) {
      a = a.with(Attributes.TYPE, dev.mapsmith.drivelog.map.MapsmithTags.defaultType(c));
    }
    return p.withClass(c).withAttributes(a);
  }

  private static Primitive provenance(Primitive p, Provenance from) {
    return new Primitive(
        p.id(),
        p.mapClass(),
        p.geometry(),
        p.attributes(),
        ReviewState.VERIFIED,
        p.confidence(),
        from);
  }
}
