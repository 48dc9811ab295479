package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.ops.ChangeMark;
import dev.mapsmith.app.ops.ChangeText;
import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import dev.mapsmith.reconstruction.changes.Evidence;
import java.util.Locale;

/**
 * One verdict of the change run as the Changes view lists it: its index and key in the run, the
 * verdict, and the decision on it from the map ({@code mark} null: none yet).
 */
public record ChangeRow(int index, String key, ChangeVerdict verdict, ChangeMark mark) {

  /** pending, accepted or rejected for a change; empty for confirmed and unobserved. */
  public String decision() {
    if (!verdict.verdict().isChange()) {
      return "";
    }
    return mark == null ? "pending" : mark.decision();
  }

  public String verdictKey() {
    return verdict.verdict().key();
  }

  public String element() {
    return verdict.element() == 0 ? "new" : "#" + verdict.element();
  }

  public String mapClass() {
    return verdict.mapClass().key();
  }

  public double confidence() {
    return verdict.confidence();
  }

  /** E.g. "moved 1.07 m". */
  public String detail() {
    return ChangeText.of(verdict);
  }

  /** The evidence in a few words: observed share, paint, match distance, support. */
  public String evidence() {
    Evidence e = verdict.evidence();
    return String.format(
        Locale.ROOT,
        "seen %.0f%%, paint %s, match %s, support %.0f%%",
        100 * e.observedFraction(),
        Double.isNaN(e.paintCoverage())
            ? "-"
            : String.format(Locale.ROOT, "%.0f%%", 100 * e.paintCoverage()),
        Double.isNaN(e.matchDistanceM())
            ? "-"
            : String.format(Locale.ROOT, "%.2f m", e.matchDistanceM()),
        100 * e.support());
  }

  /** Who decided and when, or empty. */
  public String reviewer() {
    return mark == null ? "" : mark.user() + " " + mark.at();
  }

  public String drives() {
    return String.join(", ", verdict.drives());
  }
}
