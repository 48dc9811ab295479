package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.TimedPose;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Poses from tf: the world frame is the lidar frame's nearest ancestor named {@code map}, else
 * {@code odom}, else {@code world}, else the tree's root; the vehicle frame is {@code base_link}
 * (or {@code base_footprint}) on that path, else the child of the moving link nearest the lidar.
 * The trajectory is sampled at every stamp of the moving links between world and vehicle.
 */
final class TfPoses {

  private static final List<String> WORLDS = List.of("map", "odom", "world");
  private static final List<String> VEHICLES = List.of("base_link", "base_footprint");

  private TfPoses() {}

  /** The solution, or null when no moving link connects the lidar frame to a world frame. */
  static PoseSolution solve(TfTree tree, String lidarFrame, String bagId) {
    List<String> up = tree.ancestors(lidarFrame);
    if (up.size() < 2) {
      return null;
    }
    String world = up.get(up.size() - 1);
    for (String w : WORLDS) {
      if (up.contains(w)) {
        world = w;
        break;
      }
    }
    List<TfTree.Edge> moving = tree.movingEdges(world, lidarFrame);
    if (moving.isEmpty()) {
      return null;
    }
    String vehicle = vehicleFrame(tree, up, world, lidarFrame, moving);
    List<TfTree.Edge> vehicleMoving = tree.movingEdges(world, vehicle);
    if (vehicleMoving.isEmpty()) {
      return null;
    }
    List<TimedPose> poses = samples(tree, world, vehicle);
    long first = poses.get(0).timestampNs();
    RigidTransform mount = tree.lookup(vehicle, lidarFrame, first);
    return new PoseSolution(
        new PoseTrajectory(poses),
        mount,
        new NamedLocalFrame("ros2:" + bagId + ":" + world),
        "tf",
        world,
        vehicle);
  }

  private static String vehicleFrame(
      TfTree tree, List<String> up, String world, String lidar, List<TfTree.Edge> moving) {
    int worldAt = up.indexOf(world);
    for (String v : VEHICLES) {
      int at = up.indexOf(v);
      if (at >= 0 && at < worldAt) {
        return v;
      }
    }
    TfTree.Edge nearest = moving.get(0);
    for (String f : up) {
      if (tree.edge(f) == nearest) {
        return f;
      }
    }
    return lidar;
  }

  /**
   * The vehicle's poses in {@code world}: at every stamp of the moving links between them, within
   * the span all of them cover (the tree must have such links).
   */
  static List<TimedPose> samples(TfTree tree, String world, String vehicle) {
    List<TimedPose> poses = new ArrayList<>();
    for (long t : sampleTimes(tree.movingEdges(world, vehicle))) {
      poses.add(new TimedPose(t, tree.lookup(world, vehicle, t)));
    }
    return poses;
  }

  /** Every stamp of the moving links, within the span all of them cover. */
  static TreeSet<Long> sampleTimes(List<TfTree.Edge> moving) {
    long from = Long.MIN_VALUE, to = Long.MAX_VALUE;
    TreeSet<Long> times = new TreeSet<>();
    for (TfTree.Edge e : moving) {
      List<TimedPose> p = e.childToParent().poses();
      from = Math.max(from, p.get(0).timestampNs());
      to = Math.min(to, p.get(p.size() - 1).timestampNs());
      p.forEach(x -> times.add(x.timestampNs()));
    }
    TreeSet<Long> out = new TreeSet<>(times.subSet(from, true, to, true));
    if (out.isEmpty()) {
      out.add(from <= to ? from : times.first());
    }
    return out;
  }

  /** The fixed mount of {@code sensor} on {@code vehicle} from tf, or identity when unknown. */
  static RigidTransform mount(TfTree tree, String vehicle, String sensor, long timeNs) {
    RigidTransform t = tree.lookup(vehicle, sensor, timeNs);
    return t == null ? RigidTransform.IDENTITY : t;
  }

  static PoseTrajectory none() {
    return new PoseTrajectory(List.of());
  }
}
