package dev.mapsmith.drivelog.map.osm;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Immutable, key-sorted copies of tag maps. */
final class OsmTags {

  private OsmTags() {}

  static Map<String, String> copy(Map<String, String> tags) {
    return tags instanceof Frozen f ? f : new Frozen(new TreeMap<>(tags));
  }

  /** A sorted map nobody can change, so it is shared rather than copied again. */
  private static final class Frozen extends AbstractMap<String, String> {
    private final Map<String, String> sorted;

    Frozen(TreeMap<String, String> sorted) {
      this.sorted = Collections.unmodifiableMap(sorted);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return sorted.entrySet();
    }

    @Override
    public String get(Object key) {
      return sorted.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return sorted.containsKey(key);
    }

    @Override
    public int size() {
      return sorted.size();
    }
  }
}
