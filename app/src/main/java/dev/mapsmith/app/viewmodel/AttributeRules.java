package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.PaintColor;
import dev.mapsmith.core.map.Primitive;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The attributes the inspector always offers for editing (a line's pattern and colour, any
 * primitive's review note) and the values each accepts; other attributes take any text.
 */
public final class AttributeRules {

  /** The review note that F sets, shown and editable in the inspector. */
  public static final String NOTE = "note";

  private AttributeRules() {}

  /** The well-known keys offered for {@code p} even when it does not have them yet. */
  static List<String> offered(Primitive p) {
    return p.closed() ? List.of(NOTE) : List.of(Attributes.SUBTYPE, Attributes.COLOR, NOTE);
  }

  /** Why {@code value} is not allowed for {@code key}, or null when it is (null clears). */
  static String problem(String key, String value) {
    if (value == null) {
      return null;
    }
    String v = value.toLowerCase(Locale.ROOT);
    if (key.equals(Attributes.SUBTYPE)
        && Arrays.stream(LinePattern.values()).noneMatch(x -> x.key().equals(v))) {
      return "unknown line pattern '"
          + value
          + "'; one of "
          + Arrays.stream(LinePattern.values()).map(LinePattern::key).toList();
    }
    if (key.equals(Attributes.COLOR)
        && Arrays.stream(PaintColor.values()).noneMatch(x -> x.key().equals(v))) {
      return "unknown colour '"
          + value
          + "'; one of "
          + Arrays.stream(PaintColor.values()).map(PaintColor::key).toList();
    }
    return null;
  }
}
