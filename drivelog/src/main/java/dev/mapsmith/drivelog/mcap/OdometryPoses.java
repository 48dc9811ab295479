package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.drivelog.mcap.ros2.OdometryMessage;
import java.util.List;
import java.util.TreeMap;

/**
 * Poses from {@code nav_msgs/Odometry}: the child frame's pose in the header frame (usually {@code
 * odom}) at each stamp; the lidar mount comes from tf when it links the lidar to the child frame.
 */
final class OdometryPoses {

  private OdometryPoses() {}

  static PoseSolution solve(
      List<OdometryMessage> odometry, TfTree tree, String lidarFrame, String bagId) {
    if (odometry.isEmpty()) {
      return null;
    }
    TreeMap<Long, TimedPose> byTime = new TreeMap<>();
    for (OdometryMessage m : odometry) {
      byTime.put(m.header().stampNs(), new TimedPose(m.header().stampNs(), m.pose()));
    }
    OdometryMessage first = odometry.get(0);
    String world = first.header().frameId().isEmpty() ? "odom" : first.header().frameId();
    String vehicle = first.childFrame().isEmpty() ? "base_link" : first.childFrame();
    return new PoseSolution(
        new PoseTrajectory(List.copyOf(byTime.values())),
        TfPoses.mount(tree, vehicle, lidarFrame, byTime.firstKey()),
        new NamedLocalFrame("ros2:" + bagId + ":" + world),
        "odometry",
        world,
        vehicle);
  }
}
