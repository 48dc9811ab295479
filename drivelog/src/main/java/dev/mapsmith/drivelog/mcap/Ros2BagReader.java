package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.mcap.ros2.CdrException;
import dev.mapsmith.drivelog.mcap.ros2.PointCloud2Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Opens a ROS 2 bag in MCAP as a drive: the lidar sweeps of one PointCloud2 topic, poses from tf
 * (else odometry, else GNSS + IMU), cameras with their CameraInfo, and signals. Damage that leaves
 * the rest readable (a bad chunk, a message that does not decode, a cut-short file) is listed in
 * {@link DriveLog#skipped()} with its offset; {@link DriveLog#details()} says which pose source,
 * topics and frames were used, and how the file was read.
 */
public final class Ros2BagReader {

  private Ros2BagReader() {}

  /** A regular file named {@code *.mcap}. */
  public static boolean looks(Path p) {
    return Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(".mcap");
  }

  /**
   * A bag whose tf, odometry, GNSS and IMU messages lie in more chunks than this is opened without
   * reading them all (decision 0320): its tf poses are read around each asked time, the rest when
   * asked for.
   */
  static final int LAZY_CHUNKS = 32;

  /** Opens with the topic map beside the bag, if any. */
  public static DriveLog open(Path bag) throws DriveLogException {
    return open(bag, TopicMap.beside(bag));
  }

  public static DriveLog open(Path bag, TopicMap topicMap) throws DriveLogException {
    return open(bag, topicMap, new Laziness(LAZY_CHUNKS, TfWindows.WINDOW_NS, TfWindows.MARGIN_NS));
  }

  /** When a bag opens lazily, and the tf windows' sizes then (tests set them small). */
  record Laziness(int chunks, long windowNs, long marginNs) {}

  static DriveLog open(Path bag, TopicMap topicMap, Laziness lazy) throws DriveLogException {
    McapFile file = McapFile.open(bag);
    try {
      return read(file, topicMap, lazy);
    } catch (DriveLogException | RuntimeException e) {
      file.close();
      throw e;
    }
  }

  private static DriveLog read(McapFile file, TopicMap map, Laziness lazy)
      throws DriveLogException {
    Path bag = file.path();
    TopicChoice topics = TopicChoice.of(file, map);
    if (topics.lidar() == null) {
      throw new DriveLogException(
          bag,
          "",
          "no sensor_msgs/msg/PointCloud2 topic in the bag"
              + " (channels: "
              + file.channels().values().stream().map(McapChannel::topic).toList()
              + ")");
    }
    List<String> problems = new ArrayList<>(file.problems());
    List<String> notes = new ArrayList<>(file.notes());
    notes.addAll(topics.notes());
    List<MessageRef> lidarRefs = file.messages(topics.lidar().id());
    String lidarFrame = lidarFrame(file, lidarRefs, problems);
    String id = stem(bag);
    BagMessages msgs = null;
    PoseSolution poses = null;
    Supplier<SignalSeries> signals = null;
    if (file.notes().isEmpty() && smallMessageChunks(file, topics) > lazy.chunks()) {
      List<String> startProblems = new ArrayList<>();
      LazyPoses.Start start = LazyPoses.open(file, topics, lidarFrame, id, lazy, startProblems);
      if (start != null) {
        poses = start.poses();
        msgs = new BagMessages(start.tree(), List.of(), List.of(), List.of());
        problems.addAll(startProblems);
        notes.add(
            "large bag: poses are read from /tf around each sweep as needed, all of them on first"
                + " use of the whole trajectory; odometry, GNSS and IMU when the signals are asked"
                + " for");
        signals = McapSignals.lazy(file, topics);
      }
    }
    if (poses == null) {
      msgs = BagMessages.read(file, topics, problems);
      poses = TfPoses.solve(msgs.tf(), lidarFrame, id);
      BagMessages all = msgs;
      SignalSeries eager = McapSignals.of(all.odometry(), all.imu(), all.gnss());
      signals = () -> eager;
    }
    if (poses == null) {
      poses = OdometryPoses.solve(msgs.odometry(), msgs.tf(), lidarFrame, id);
    }
    if (poses == null) {
      poses = GnssPoses.solve(msgs.gnss(), msgs.imu(), msgs.tf(), lidarFrame);
    }
    if (poses == null) {
      notes.add(
          "no tf path from '"
              + lidarFrame
              + "' to a moving frame, no odometry and no GNSS"
              + " fix: sweeps stay in the lidar frame");
      poses =
          new PoseSolution(
              TfPoses.none(),
              RigidTransform.IDENTITY,
              new NamedLocalFrame("ros2:" + id + ":" + lidarFrame),
              "none",
              lidarFrame,
              lidarFrame);
    }
    List<LidarSweep> sweeps = new ArrayList<>();
    for (int i = 0; i < lidarRefs.size(); i++) {
      sweeps.add(
          new McapSweep(i, file, lidarRefs.get(i), topics.lidar().topic(), poses.lidarToVehicle()));
    }
    List<CameraStream> cameras = McapCameras.read(file, topics, msgs.tf(), poses.vehicle(), notes);
    List<String> sensors = new ArrayList<>(List.of(topics.lidar().topic()));
    cameras.forEach(c -> sensors.add(c.name()));
    long start = lidarRefs.isEmpty() ? 0 : lidarRefs.get(0).logTimeNs();
    long end = lidarRefs.isEmpty() ? 0 : lidarRefs.get(lidarRefs.size() - 1).logTimeNs();
    DriveMetadata meta = new DriveMetadata(id, "mcap", bag, poses.frame(), start, end, sensors);
    List<SkippedFrame> skipped = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      skipped.add(new SkippedFrame("mcap", i, bag, problems.get(i)));
    }
    return new McapDriveLog(
        meta,
        poses.trajectory(),
        sweeps,
        cameras,
        signals,
        skipped,
        details(file, topics, poses, lidarFrame, notes),
        file);
  }

  private static Map<String, Object> details(
      McapFile file,
      TopicChoice topics,
      PoseSolution poses,
      String lidarFrame,
      List<String> notes) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("pose_source", poses.source());
    d.put("lidar_topic", topics.lidar().topic());
    d.put("lidar_frame", lidarFrame);
    d.put("world_frame", poses.world());
    d.put("vehicle_frame", poses.vehicle());
    d.put("profile", file.profile());
    d.put("chunks", file.chunkCount());
    d.put("notes", List.copyOf(notes));
    return d;
  }

  private static String lidarFrame(McapFile file, List<MessageRef> refs, List<String> problems)
      throws DriveLogException {
    for (MessageRef r : refs) {
      try {
        McapMessage m = file.read(r);
        return PointCloud2Message.decode(m.buffer(), m.from(), m.to()).header().frameId();
      } catch (DriveLogException | CdrException e) {
        problems.add("lidar message at log time " + r.logTimeNs() + ": " + e.getMessage());
      }
    }
    return "";
  }

  /** How many chunks hold tf, odometry, GNSS or IMU messages. */
  private static int smallMessageChunks(McapFile file, TopicChoice t) {
    java.util.Set<Integer> chunks = new java.util.HashSet<>();
    List<McapChannel> channels = new ArrayList<>(t.tfDynamic());
    for (McapChannel c : new McapChannel[] {t.odometry(), t.gnss(), t.imu()}) {
      if (c != null) {
        channels.add(c);
      }
    }
    for (McapChannel c : channels) {
      for (MessageRef r : file.messages(c.id())) {
        chunks.add(r.chunk());
      }
    }
    return chunks.size();
  }

  private static String stem(Path bag) {
    String n = bag.getFileName().toString();
    return n.toLowerCase().endsWith(".mcap") ? n.substring(0, n.length() - 5) : n;
  }
}
