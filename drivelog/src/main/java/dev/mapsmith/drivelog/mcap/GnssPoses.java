package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.drivelog.mcap.ros2.ImuMessage;
import dev.mapsmith.drivelog.mcap.ros2.NavSatFixMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Poses from GNSS fixes in a local east-north-up frame at the first fix; the orientation from the
 * IMU (REP-103: its orientation is in ENU) at each fix's time, or, without IMU orientation, the
 * heading of travel between neighbouring fixes (roll and pitch zero).
 */
final class GnssPoses {

  private GnssPoses() {}

  static PoseSolution solve(
      List<NavSatFixMessage> fixes, List<ImuMessage> imu, TfTree tree, String lidarFrame) {
    TreeMap<Long, NavSatFixMessage> byTime = new TreeMap<>();
    fixes.stream()
        .filter(NavSatFixMessage::hasFix)
        .forEach(f -> byTime.put(f.header().stampNs(), f));
    if (byTime.isEmpty()) {
      return null;
    }
    NavSatFixMessage o = byTime.firstEntry().getValue();
    GeoOrigin origin = new GeoOrigin(o.latitude(), o.longitude(), o.altitude());
    EnuProjection enu = new EnuProjection(origin);
    List<Long> times = new ArrayList<>(byTime.keySet());
    List<Point3> pos = new ArrayList<>();
    byTime.values().forEach(f -> pos.add(enu.toEnu(f.latitude(), f.longitude(), f.altitude())));
    TreeMap<Long, ImuMessage> orientations = new TreeMap<>();
    imu.stream()
        .filter(ImuMessage::hasOrientation)
        .forEach(m -> orientations.put(m.header().stampNs(), m));
    List<TimedPose> poses = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      Point3 p = pos.get(i);
      RigidTransform r =
          orientations.isEmpty() ? heading(pos, i) : nearest(orientations, times.get(i));
      poses.add(
          new TimedPose(
              times.get(i),
              new RigidTransform(r.qw(), r.qx(), r.qy(), r.qz(), p.x(), p.y(), p.z())));
    }
    return new PoseSolution(
        new PoseTrajectory(poses),
        TfPoses.mount(tree, "base_link", lidarFrame, times.get(0)),
        new LocalEnuFrame(origin),
        orientations.isEmpty() ? "gnss" : "gnss+imu",
        "enu",
        "base_link");
  }

  private static RigidTransform nearest(TreeMap<Long, ImuMessage> m, long t) {
    var lo = m.floorEntry(t);
    var hi = m.ceilingEntry(t);
    ImuMessage a = lo == null ? hi.getValue() : lo.getValue();
    if (lo != null && hi != null && hi.getKey() - t < t - lo.getKey()) {
      a = hi.getValue();
    }
    return new RigidTransform(a.qw(), a.qx(), a.qy(), a.qz(), 0, 0, 0);
  }

  private static RigidTransform heading(List<Point3> pos, int i) {
    Point3 a = pos.get(Math.max(0, i - 1)), b = pos.get(Math.min(pos.size() - 1, i + 1));
    double yaw = Math.atan2(b.y() - a.y(), b.x() - a.x());
    return RigidTransform.fromEuler(0, 0, yaw, 0, 0, 0);
  }
}
