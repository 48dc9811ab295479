package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLogException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which channel is which, found from the message types: the lidar (PointCloud2), odometry, GNSS,
 * IMU, the tf channels ({@code /tf_static} ones hold fixed transforms), the images and camera
 * infos. When several channels fit one kind, the {@link TopicMap} decides, else the one with the
 * most messages is used and a note says which, and how to choose.
 */
record TopicChoice(
    McapChannel lidar,
    McapChannel odometry,
    McapChannel gnss,
    McapChannel imu,
    List<McapChannel> tfDynamic,
    List<McapChannel> tfStatic,
    List<McapChannel> images,
    List<McapChannel> cameraInfos,
    List<String> notes) {

  static TopicChoice of(McapFile f, TopicMap map) throws DriveLogException {
    List<String> notes = new ArrayList<>();
    List<McapChannel> tfDynamic = new ArrayList<>(), tfStatic = new ArrayList<>();
    for (McapChannel c : ofType(f, Ros2Types.TF)) {
      (c.topic().endsWith("tf_static") ? tfStatic : tfDynamic).add(c);
    }
    List<McapChannel> images = new ArrayList<>(ofType(f, Ros2Types.COMPRESSED_IMAGE));
    images.addAll(ofType(f, Ros2Types.IMAGE));
    return new TopicChoice(
        pick(f, map, "lidar", Ros2Types.POINT_CLOUD2, notes),
        pick(f, map, "odometry", Ros2Types.ODOMETRY, notes),
        pick(f, map, "gnss", Ros2Types.NAV_SAT_FIX, notes),
        pick(f, map, "imu", Ros2Types.IMU, notes),
        tfDynamic,
        tfStatic,
        images,
        ofType(f, Ros2Types.CAMERA_INFO),
        notes);
  }

  private static McapChannel pick(
      McapFile f, TopicMap map, String kind, String type, List<String> notes)
      throws DriveLogException {
    List<McapChannel> all = ofType(f, type);
    String wanted = map.get(kind);
    if (wanted != null) {
      for (McapChannel c : all) {
        if (c.topic().equals(wanted)) {
          return c;
        }
      }
      throw new DriveLogException(
          f.path(),
          "topic map",
          "no "
              + type
              + " topic '"
              + wanted
              + "' for "
              + kind
              + " in the bag (it has "
              + all.stream().map(McapChannel::topic).toList()
              + ")");
    }
    if (all.isEmpty()) {
      return null;
    }
    McapChannel best =
        all.stream()
            .max(
                Comparator.comparingInt((McapChannel c) -> f.messages(c.id()).size())
                    .thenComparing(McapChannel::topic, Comparator.reverseOrder()))
            .orElseThrow();
    if (all.size() > 1) {
      notes.add(
          "several "
              + type
              + " topics "
              + all.stream().map(McapChannel::topic).toList()
              + ": "
              + kind
              + " uses "
              + best.topic()
              + " (most messages); choose with --topic-map "
              + kind
              + "=TOPIC or a topics.yaml beside the bag");
    }
    return best;
  }

  private static List<McapChannel> ofType(McapFile f, String type) {
    List<McapChannel> out = new ArrayList<>();
    for (McapChannel c : f.channels().values()) {
      if (Ros2Types.is(f.schemaName(c.id()), type) && c.messageEncoding().equals("cdr")) {
        out.add(c);
      }
    }
    return out;
  }
}
