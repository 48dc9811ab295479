package dev.mapsmith.app.ops;

import dev.mapsmith.core.map.Primitive;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decision on a reviewed map change, kept on the primitive it touched as its {@code change}
 * attribute, e.g. {@code accepted 20261203-164012#17 by ann at 2026-12-03T16:40:12Z}: the map is
 * the one record of the review, so undo and redo take a decision back with the edit (decision
 * 0275).
 */
public record ChangeMark(boolean accepted, String key, String user, Instant at) {

  /** The attribute that holds the mark. */
  public static final String ATTRIBUTE = "change";

  private static final Pattern TEXT =
      Pattern.compile("(accepted|rejected) (\\S+) by (.*) at (\\S+)");

  /** The attribute's text. */
  public String text() {
    return (accepted ? "accepted" : "rejected") + " " + key + " by " + user + " at " + at;
  }

  /** The decision as a word: accepted or rejected. */
  public String decision() {
    return accepted ? "accepted" : "rejected";
  }

  /** The mark a primitive carries, if it has a well-formed one. */
  public static Optional<ChangeMark> of(Primitive p) {
    return p.attributes().get(ATTRIBUTE).flatMap(ChangeMark::parse);
  }

  /** Reads a mark's text; empty when it is not one. */
  public static Optional<ChangeMark> parse(String text) {
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new ChangeMark(
              m.group(1).equals("accepted"), m.group(2), m.group(3), Instant.parse(m.group(4))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
