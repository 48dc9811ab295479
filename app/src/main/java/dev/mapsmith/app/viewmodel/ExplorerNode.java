package dev.mapsmith.app.viewmodel;

import java.util.List;

/**
 * One node of the project explorer: a label, what it stands for, the object it stands for (a
 * LoadedDrive, AreaRow, Primitive, FindingRow or a lanelet's id; null for groups) and its children.
 */
public record ExplorerNode(String label, Kind kind, Object payload, List<ExplorerNode> children) {

  /** What a node stands for. */
  public enum Kind {
    ROOT,
    GROUP,
    DRIVE,
    AREA,
    PRIMITIVE,
    FINDING,
    LANELET,
    INFO
  }

  public ExplorerNode {
    children = List.copyOf(children);
  }

  static ExplorerNode group(String label, List<ExplorerNode> children) {
    return new ExplorerNode(label, Kind.GROUP, null, children);
  }

  static ExplorerNode leaf(String label, Kind kind, Object payload) {
    return new ExplorerNode(label, kind, payload, List.of());
  }

  /** The first node, depth first, whose label starts with {@code prefix}; for tests and search. */
  public ExplorerNode find(String prefix) {
    if (label.startsWith(prefix)) {
      return this;
    }
    for (ExplorerNode c : children) {
      ExplorerNode hit = c.find(prefix);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }
}
