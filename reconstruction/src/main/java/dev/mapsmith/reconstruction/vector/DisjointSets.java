package dev.mapsmith.reconstruction.vector;

/** Union-find over a parent array ({@code parent[i] == i} at a root). */
final class DisjointSets {

  private DisjointSets() {}

  /** The root of {@code i}'s set, halving the path on the way. */
  static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
