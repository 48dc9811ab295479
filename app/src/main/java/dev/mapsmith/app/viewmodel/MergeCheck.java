package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.Primitive;
import java.util.Optional;

/**
 * Whether two primitives may be merged (J) before the join is asked of the project: only two
 * polylines of the same class and line pattern; ends farther apart than {@link Rules#confirmGapM}
 * need the user's confirmation (a join across lanes is a long straight jump).
 */
public final class MergeCheck {

  /** The gap between the nearest ends above which the user confirms the merge. */
  public record Rules(double confirmGapM) {
    /**
     * 3 m: more than the gap a reconstruction leaves where it breaks a line (a vertex spacing or
     * two) and less than a lane width (3.5 m), the jump of a join across lanes.
     */
    public static final Rules DEFAULT = new Rules(3.0);
  }

  /** What to do: merge, ask first ({@code reason} is the question), or refuse with the reason. */
  public enum Outcome {
    MERGE,
    CONFIRM,
    REFUSE
  }

  /** The check's answer. */
  public record Verdict(Outcome outcome, String reason, double gapM) {}

  private MergeCheck() {}

  /** Checks merging {@code other} into {@code keep}. */
  public static Verdict check(Primitive keep, Primitive other, Rules rules) {
    if (keep.id() == other.id()) {
      return refuse("click a second line to merge #" + keep.id() + " with");
    }
    if (keep.closed() || other.closed()) {
      return refuse(
          "cannot merge #"
              + (keep.closed() ? keep.id() : other.id())
              + ": only polylines can be joined, not polygons");
    }
    if (keep.mapClass() != other.mapClass()) {
      return refuse(
          "cannot merge a "
              + keep.mapClass().key()
              + " (#"
              + keep.id()
              + ") with a "
              + other.mapClass().key()
              + " (#"
              + other.id()
              + "): the classes differ");
    }
    Optional<LinePattern> pa = keep.attributes().pattern(), pb = other.attributes().pattern();
    if (pa.isPresent() && pb.isPresent() && pa.get() != pb.get()) {
      return refuse(
          "cannot merge a "
              + pa.get().key()
              + " line (#"
              + keep.id()
              + ") with a "
              + pb.get().key()
              + " line (#"
              + other.id()
              + "): the patterns differ");
    }
    double gap = gap(keep.geometry(), other.geometry());
    if (gap > rules.confirmGapM()) {
      return new Verdict(
          Outcome.CONFIRM,
          String.format(
              "The nearest ends of #%d and #%d are %.1f m apart; merging joins them with a"
                  + " straight line. Merge anyway?",
              keep.id(), other.id(), gap),
          gap);
    }
    return new Verdict(Outcome.MERGE, "", gap);
  }

  private static Verdict refuse(String reason) {
    return new Verdict(Outcome.REFUSE, reason, Double.NaN);
  }

  /** The plan distance between the nearest ends of two polylines. */
  static double gap(Polyline a, Polyline b) {
    int na = a.size() - 1, nb = b.size() - 1;
    return Math.min(
        Math.min(dist(a, 0, b, 0), dist(a, 0, b, nb)),
        Math.min(dist(a, na, b, 0), dist(a, na, b, nb)));
  }

  private static double dist(Polyline a, int i, Polyline b, int j) {
    return Math.hypot(a.x(i) - b.x(j), a.y(i) - b.y(j));
  }
}
