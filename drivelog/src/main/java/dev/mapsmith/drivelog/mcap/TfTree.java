package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.drivelog.mcap.ros2.TfMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tf frame tree: for each child frame its parent and the child-to-parent transform over time
 * (interpolated: linear translation, SLERP rotation; fixed for {@code /tf_static}). Looks up the
 * transform from a frame to one of its ancestors at any time.
 */
final class TfTree {

  /** One parent-child link. */
  record Edge(String parent, boolean fixed, PoseTrajectory childToParent) {}

  private final Map<String, Edge> byChild;

  private TfTree(Map<String, Edge> byChild) {
    this.byChild = byChild;
  }

  static final TfTree EMPTY = new TfTree(Map.of());

  static TfTree of(List<TfMessage.Stamped> fixed, List<TfMessage.Stamped> moving) {
    Map<String, Edge> edges = new LinkedHashMap<>();
    Map<String, TreeMap<Long, TfMessage.Stamped>> series = new LinkedHashMap<>();
    for (TfMessage.Stamped s : moving) {
      series.computeIfAbsent(s.child(), k -> new TreeMap<>()).put(s.stampNs(), s);
    }
    series.forEach(
        (child, byTime) -> {
          List<TimedPose> poses = new ArrayList<>();
          byTime.values().forEach(s -> poses.add(new TimedPose(s.stampNs(), s.childToParent())));
          String parent = byTime.lastEntry().getValue().parent();
          edges.put(child, new Edge(parent, false, new PoseTrajectory(poses)));
        });
    for (TfMessage.Stamped s : fixed) {
      edges.put(
          s.child(),
          new Edge(
              s.parent(), true, new PoseTrajectory(List.of(new TimedPose(0, s.childToParent())))));
    }
    return new TfTree(edges);
  }

  boolean isEmpty() {
    return byChild.isEmpty();
  }

  boolean has(String frame) {
    return byChild.containsKey(frame);
  }

  Edge edge(String child) {
    return byChild.get(child);
  }

  /** {@code frame}, its parent, grandparent, ... up to the root (cycles are cut). */
  List<String> ancestors(String frame) {
    List<String> out = new ArrayList<>();
    String f = frame;
    while (f != null && !out.contains(f)) {
      out.add(f);
      Edge e = byChild.get(f);
      f = e == null ? null : e.parent();
    }
    return out;
  }

  /** {@code frame} to {@code ancestor} at {@code timeNs}; null when it is not an ancestor. */
  RigidTransform lookup(String ancestor, String frame, long timeNs) {
    RigidTransform t = RigidTransform.IDENTITY;
    String f = frame;
    List<String> seen = new ArrayList<>();
    while (!f.equals(ancestor)) {
      Edge e = byChild.get(f);
      if (e == null || seen.contains(f)) {
        return null;
      }
      seen.add(f);
      t = e.childToParent().at(timeNs).compose(t);
      f = e.parent();
    }
    return t;
  }

  /** The moving links on the path from {@code frame} up to {@code ancestor}. */
  List<Edge> movingEdges(String ancestor, String frame) {
    List<Edge> out = new ArrayList<>();
    String f = frame;
    List<String> seen = new ArrayList<>();
    while (f != null && !f.equals(ancestor) && !seen.contains(f)) {
      seen.add(f);
      Edge e = byChild.get(f);
      if (e == null) {
        break;
      }
      if (!e.fixed()) {
        out.add(e);
      }
      f = e.parent();
    }
    return out;
  }
}
