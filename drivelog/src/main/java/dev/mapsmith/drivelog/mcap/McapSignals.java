package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.mcap.ros2.ImuMessage;
import dev.mapsmith.drivelog.mcap.ros2.NavSatFixMessage;
import dev.mapsmith.drivelog.mcap.ros2.OdometryMessage;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Vehicle signals from a bag: {@code speed_mps} and {@code yaw_rate_rps} from odometry (the yaw
 * rate from the IMU when there is no odometry), {@code gnss_status} from the fixes.
 */
final class McapSignals {

  private McapSignals() {}

  static SignalSeries of(
      List<OdometryMessage> odometry, List<ImuMessage> imu, List<NavSatFixMessage> gnss) {
    Map<String, SignalSeries.Series> out = new LinkedHashMap<>();
    if (!odometry.isEmpty()) {
      out.put("speed_mps", series(odometry, m -> m.header().stampNs(), OdometryMessage::speed));
      out.put(
          "yaw_rate_rps", series(odometry, m -> m.header().stampNs(), OdometryMessage::yawRate));
    } else if (!imu.isEmpty()) {
      out.put("yaw_rate_rps", series(imu, m -> m.header().stampNs(), ImuMessage::yawRate));
    }
    if (!gnss.isEmpty()) {
      out.put("gnss_status", series(gnss, m -> m.header().stampNs(), NavSatFixMessage::status));
    }
    return new SignalSeries(out);
  }

  /**
   * A large bag's signals, read on first use (odometry, GNSS and IMU lie in every chunk); a chunk
   * that cannot be read leaves its messages out, as at an eager opening.
   */
  static Supplier<SignalSeries> lazy(McapFile file, TopicChoice topics) {
    return new Supplier<>() {
      private SignalSeries read;

      @Override
      public synchronized SignalSeries get() {
        if (read == null) {
          try {
            BagMessages m = BagMessages.signals(file, topics, new ArrayList<>());
            read = of(m.odometry(), m.imu(), m.gnss());
          } catch (DriveLogException e) {
            throw new UncheckedIOException(e);
          }
        }
        return read;
      }
    };
  }

  private static <T> SignalSeries.Series series(
      List<T> list, ToLongFunction<T> time, ToDoubleFunction<T> value) {
    long[] t = new long[list.size()];
    double[] v = new double[list.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = time.applyAsLong(list.get(i));
      v[i] = value.applyAsDouble(list.get(i));
    }
    return new SignalSeries.Series(t, v);
  }
}
