package dev.mapsmith.core.map;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Immutable, sorted key-value attributes of a primitive, in the style of Lanelet2 tags. Well-known
 * keys have typed accessors; any other key is kept as it is.
 */
public final class Attributes {

  public static final String TYPE = "type";
  public static final String SUBTYPE = "subtype";
  public static final String COLOR = "color";
  public static final Attributes EMPTY = new Attributes(new TreeMap<>());

  private final TreeMap<String, String> values;

  private Attributes(TreeMap<String, String> values) {
    this.values = values;
  }

  public static Attributes of(Map<String, String> values) {
    return new Attributes(new TreeMap<>(values));
  }

  public static Attributes of(String... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in key-value pairs");
    }
    TreeMap<String, String> map = new TreeMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return new Attributes(map);
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public Attributes with(String key, String value) {
    TreeMap<String, String> copy = new TreeMap<>(values);
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, value);
    }
    return new Attributes(copy);
  }

  /** A read-only, sorted view of all attributes. */
  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(values);
  }

  public Optional<LinePattern> pattern() {
    return get(SUBTYPE).flatMap(Attributes::parsePattern);
  }

  public Optional<PaintColor> color() {
    return get(COLOR).flatMap(Attributes::parseColor);
  }

  public Attributes withPattern(LinePattern pattern) {
    return with(SUBTYPE, pattern.key());
  }

  public Attributes withColor(PaintColor color) {
    return with(COLOR, color.key());
  }

  private static Optional<LinePattern> parsePattern(String s) {
    try {
      return Optional.of(LinePattern.fromKey(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<PaintColor> parseColor(String s) {
    try {
      return Optional.of(PaintColor.fromKey(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attributes a && values.equals(a.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
