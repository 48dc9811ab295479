package dev.mapsmith.viewer3d.render;

import dev.mapsmith.viewer3d.PickResult.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the ids written into the pick attachment to what was drawn: 0 is nothing, 1 a cloud point, 2
 * and up a primitive or one of its vertices.
 */
final class PickTable {

  static final int NOTHING = 0;
  static final int CLOUD = 1;

  /** What an id stands for. */
  record Target(Kind kind, long primitiveId, int vertex) {}

  private final List<Target> targets = new ArrayList<>();

  int add(Kind kind, long primitiveId, int vertex) {
    targets.add(new Target(kind, primitiveId, vertex));
    return targets.size() + 1;
  }

  /** The target of a pick id of 2 or more, or null. */
  Target get(int id) {
    int i = id - 2;
    return i >= 0 && i < targets.size() ? targets.get(i) : null;
  }
}
