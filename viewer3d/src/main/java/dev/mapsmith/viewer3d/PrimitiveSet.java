package dev.mapsmith.viewer3d;

import dev.mapsmith.core.map.Primitive;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scene's primitives as an immutable list, sorted by id, that the next version shares most of:
 * held in chunks of ids ({@link #CHUNK} consecutive ids each), so {@link #with} copies only the
 * chunks an edit touched and the table of chunks. A window hands the 3D view a map of 100,000
 * primitives edit by edit without copying it; {@link SceneData} keeps such a list as it is.
 */
public final class PrimitiveSet extends AbstractList<Primitive> implements RandomAccess {

  /** Ids per chunk. */
  public static final int CHUNK = 1024;

  public static final PrimitiveSet EMPTY = new PrimitiveSet(new long[0], new Primitive[0][]);

  private final long[] keys; // chunk keys (id / CHUNK), ascending
  private final Primitive[][] chunks; // their primitives, by id; none empty
  private final int[] starts; // index of each chunk's first primitive; last: size

  private PrimitiveSet(long[] keys, Primitive[][] chunks) {
    this.keys = keys;
    this.chunks = chunks;
    starts = new int[chunks.length + 1];
    for (int i = 0; i < chunks.length; i++) {
      starts[i + 1] = starts[i] + chunks[i].length;
    }
  }

  /** The set of {@code all} (distinct ids). */
  public static PrimitiveSet of(Collection<Primitive> all) {
    Primitive[] sorted = all.toArray(Primitive[]::new);
    Arrays.sort(sorted, Comparator.comparingLong(Primitive::id));
    List<Long> keys = new ArrayList<>();
    List<Primitive[]> chunks = new ArrayList<>();
    for (int from = 0; from < sorted.length; ) {
      long k = sorted[from].id() / CHUNK;
      int to = from;
      while (to < sorted.length && sorted[to].id() / CHUNK == k) {
        to++;
      }
      keys.add(k);
      chunks.add(Arrays.copyOfRange(sorted, from, to));
      from = to;
    }
    return new PrimitiveSet(
        keys.stream().mapToLong(Long::longValue).toArray(), chunks.toArray(Primitive[][]::new));
  }

  /**
   * This set with {@code upserted} added or replacing the primitive of the same id, and the ids
   * {@code removed} taken out; copies only the chunks they fall in.
   */
  public PrimitiveSet with(Collection<Primitive> upserted, Collection<Long> removed) {
    if (upserted.isEmpty() && removed.isEmpty()) {
      return this;
    }
    TreeMap<Long, List<Primitive>> ups = new TreeMap<>();
    for (Primitive p : upserted) {
      ups.computeIfAbsent(p.id() / CHUNK, k -> new ArrayList<>()).add(p);
    }
    TreeMap<Long, List<Long>> outs = new TreeMap<>();
    for (long id : removed) {
      outs.computeIfAbsent(id / CHUNK, k -> new ArrayList<>()).add(id);
    }
    TreeMap<Long, Primitive[]> touched = new TreeMap<>();
    for (long k : union(ups.keySet(), outs.keySet())) {
      touched.put(
          k, edit(chunk(k), ups.getOrDefault(k, List.of()), outs.getOrDefault(k, List.of())));
    }
    List<Long> newKeys = new ArrayList<>(keys.length + touched.size());
    List<Primitive[]> newChunks = new ArrayList<>(keys.length + touched.size());
    int i = 0;
    for (var e : touched.entrySet()) {
      while (i < keys.length && keys[i] < e.getKey()) {
        newKeys.add(keys[i]);
        newChunks.add(chunks[i++]);
      }
      if (i < keys.length && keys[i] == e.getKey()) {
        i++; // replaced
      }
      if (e.getValue().length > 0) {
        newKeys.add(e.getKey());
        newChunks.add(e.getValue());
      }
    }
    for (; i < keys.length; i++) {
      newKeys.add(keys[i]);
      newChunks.add(chunks[i]);
    }
    return new PrimitiveSet(
        newKeys.stream().mapToLong(Long::longValue).toArray(),
        newChunks.toArray(Primitive[][]::new));
  }

  private static java.util.SortedSet<Long> union(Set<Long> a, Set<Long> b) {
    java.util.TreeSet<Long> u = new java.util.TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  private Primitive[] chunk(long key) {
    int i = Arrays.binarySearch(keys, key);
    return i >= 0 ? chunks[i] : new Primitive[0];
  }

  private static Primitive[] edit(Primitive[] old, List<Primitive> ups, List<Long> outs) {
    TreeMap<Long, Primitive> byId = new TreeMap<>();
    for (Primitive p : old) {
      byId.put(p.id(), p);
    }
    outs.forEach(byId::remove);
    for (Primitive p : ups) {
      byId.put(p.id(), p);
    }
    return byId.values().toArray(Primitive[]::new);
  }

  /** How many of this set's chunks {@code other} holds as the same array (shared, not copied). */
  int chunksSharedWith(PrimitiveSet other) {
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      int j = Arrays.binarySearch(other.keys, keys[i]);
      if (j >= 0 && other.chunks[j] == chunks[i]) {
        n++;
      }
    }
    return n;
  }

  int chunks() {
    return chunks.length;
  }

  @Override
  public Primitive get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException(index);
    }
    int c = Arrays.binarySearch(starts, 0, chunks.length, index); // chunks are never empty
    if (c < 0) {
      c = -c - 2;
    }
    return chunks[c][index - starts[c]];
  }

  @Override
  public int size() {
    return starts[starts.length - 1];
  }
}
