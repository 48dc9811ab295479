package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.mcap.ros2.CdrException;
import dev.mapsmith.drivelog.mcap.ros2.ImuMessage;
import dev.mapsmith.drivelog.mcap.ros2.NavSatFixMessage;
import dev.mapsmith.drivelog.mcap.ros2.OdometryMessage;
import dev.mapsmith.drivelog.mcap.ros2.TfMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The small messages a drive needs whole at opening: tf (fixed and moving), odometry, GNSS and IMU,
 * decoded in log-time order. A message that does not decode is listed as a problem (the first few
 * of each topic) and left out.
 */
record BagMessages(
    TfTree tf, List<OdometryMessage> odometry, List<NavSatFixMessage> gnss, List<ImuMessage> imu) {

  private static final int LISTED_PER_TOPIC = 5;

  static BagMessages read(McapFile f, TopicChoice t, List<String> problems)
      throws DriveLogException {
    List<TfMessage.Stamped> fixed = new ArrayList<>(), moving = new ArrayList<>();
    for (TfMessage m : decode(f, t.tfStatic(), TfMessage::decode, problems)) {
      fixed.addAll(m.transforms());
    }
    for (TfMessage m : decode(f, t.tfDynamic(), TfMessage::decode, problems)) {
      moving.addAll(m.transforms());
    }
    return new BagMessages(
        TfTree.of(fixed, moving),
        decode(f, one(t.odometry()), OdometryMessage::decode, problems),
        decode(f, one(t.gnss()), NavSatFixMessage::decode, problems),
        decode(f, one(t.imu()), ImuMessage::decode, problems));
  }

  /** Every fixed tf ({@code /tf_static}), for a large bag's opening. */
  static List<TfMessage.Stamped> fixedTf(McapFile f, TopicChoice t, List<String> problems)
      throws DriveLogException {
    List<TfMessage.Stamped> fixed = new ArrayList<>();
    for (TfMessage m : decode(f, t.tfStatic(), TfMessage::decode, problems)) {
      fixed.addAll(m.transforms());
    }
    return fixed;
  }

  /** The odometry, GNSS and IMU messages alone (for a large bag's signals, read on demand). */
  static BagMessages signals(McapFile f, TopicChoice t, List<String> problems)
      throws DriveLogException {
    return new BagMessages(
        TfTree.EMPTY,
        decode(f, one(t.odometry()), OdometryMessage::decode, problems),
        decode(f, one(t.gnss()), NavSatFixMessage::decode, problems),
        decode(f, one(t.imu()), ImuMessage::decode, problems));
  }

  private static List<McapChannel> one(McapChannel c) {
    return c == null ? List.of() : List.of(c);
  }

  /** A CDR decoder over {@code buffer[from..to)}. */
  interface Decoder<T> {
    T decode(byte[] buffer, int from, int to);
  }

  private static <T> List<T> decode(
      McapFile f, List<McapChannel> channels, Decoder<T> decoder, List<String> problems)
      throws DriveLogException {
    List<T> out = new ArrayList<>();
    if (channels.isEmpty()) {
      return out;
    }
    List<Integer> ids = channels.stream().map(McapChannel::id).toList();
    int bad = 0;
    for (McapMessage m : f.readAll(Set.copyOf(ids), problems)) {
      try {
        out.add(decoder.decode(m.buffer(), m.from(), m.to()));
      } catch (CdrException | IllegalArgumentException e) {
        if (bad++ < LISTED_PER_TOPIC) {
          problems.add(
              topic(f, m)
                  + " message at log time "
                  + m.logTimeNs()
                  + " does not decode: "
                  + e.getMessage());
        }
      }
    }
    if (bad > LISTED_PER_TOPIC) {
      problems.add((bad - LISTED_PER_TOPIC) + " more messages of " + ids + " do not decode");
    }
    return out;
  }

  private static String topic(McapFile f, McapMessage m) {
    McapChannel c = f.channels().get(m.channelId());
    return c == null ? "channel " + m.channelId() : c.topic();
  }
}
