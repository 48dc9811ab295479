package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.mcap.ros2.CdrException;
import dev.mapsmith.drivelog.mcap.ros2.TfMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The opening of a large bag (decision 0320): the frames, the lidar mount and the world frame are
 * solved from the fixed tf and the first seconds of moving tf, and the trajectory is a {@link
 * PoseTrajectory#lazy} one over {@link TfWindows}, so no chunk past the first seconds is read
 * before a sweep there is asked for.
 */
final class LazyPoses {

  private LazyPoses() {}

  /**
   * The tf solution with a lazily read trajectory, and the tf tree of the bag's start (for the
   * cameras' mounts); null when tf gives no poses at the start.
   */
  static Start open(
      McapFile file,
      TopicChoice topics,
      String lidarFrame,
      String bagId,
      Ros2BagReader.Laziness lazy,
      List<String> problems)
      throws DriveLogException {
    List<TfMessage.Stamped> fixed = BagMessages.fixedTf(file, topics, problems);
    List<MessageRef> refs = tfRefs(file, topics);
    List<McapMessage> early =
        TfWindows.read(file, refs, lazy.windowNs(), lazy.marginNs(), problems);
    List<TfMessage.Stamped> moving = new ArrayList<>();
    for (McapMessage m : early) {
      try {
        moving.addAll(TfMessage.decode(m.buffer(), m.from(), m.to()).transforms());
      } catch (CdrException | IllegalArgumentException e) {
        problems.add("/tf message at log time " + m.logTimeNs() + " does not decode");
      }
    }
    TfTree tree = TfTree.of(fixed, moving);
    PoseSolution first = TfPoses.solve(tree, lidarFrame, bagId);
    if (first == null) {
      return null;
    }
    TfWindows windows =
        new TfWindows(
            file,
            refs,
            fixed,
            first.world(),
            first.vehicle(),
            TfWindows.edgeNames(tree, first.world(), first.vehicle()),
            lazy.windowNs(),
            lazy.marginNs(),
            TfWindows.SKEW_NS);
    windows.prime(early);
    return new Start(
        new PoseSolution(
            PoseTrajectory.lazy(windows),
            first.lidarToVehicle(),
            first.frame(),
            first.source(),
            first.world(),
            first.vehicle()),
        tree);
  }

  /** A lazy opening's poses, and the tf tree of its first seconds. */
  record Start(PoseSolution poses, TfTree tree) {}

  /** Every moving tf message of the bag, in log-time order. */
  private static List<MessageRef> tfRefs(McapFile file, TopicChoice topics) {
    List<MessageRef> refs = new ArrayList<>();
    for (McapChannel c : topics.tfDynamic()) {
      refs.addAll(file.messages(c.id()));
    }
    refs.sort(Comparator.comparingLong(MessageRef::logTimeNs));
    return refs;
  }
}
