package dev.mapsmith.labeling.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the results of a pure conversion (JSON text ↔ attributes, timestamps) for repeated
 * inputs: a project's rows mostly share a handful of attribute sets, provenance lists and creation
 * times, so parsing or printing each once saves most of the work. Bounded: it forgets everything
 * when it holds {@link #MAX} entries. Not thread-safe; one per reader or writer.
 */
final class Memo<K, V> {

  static final int MAX = 4096;

  private final Map<K, V> values = new HashMap<>();
  private final Function<K, V> convert;

  Memo(Function<K, V> convert) {
    this.convert = convert;
  }

  V get(K key) {
    V v = values.get(key);
    if (v == null) {
      v = convert.apply(key);
      if (values.size() >= MAX) {
        values.clear();
      }
      values.put(key, v);
    }
    return v;
  }
}
