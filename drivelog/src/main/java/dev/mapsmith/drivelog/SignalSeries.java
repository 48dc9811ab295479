package dev.mapsmith.drivelog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named vehicle signals as time series (speed in m/s, yaw rate in rad/s, steering in rad, GNSS
 * accuracy, satellites, ...).
 */
public final class SignalSeries {

  /** One signal: timestamps in nanoseconds and values, of equal length. */
  public record Series(long[] timestampsNs, double[] values) {
    public Series {
      if (timestampsNs.length != values.length) {
        throw new IllegalArgumentException("timestamps and values differ in length");
      }
    }
  }

  public static final SignalSeries EMPTY = new SignalSeries(Map.of());

  private final Map<String, Series> series;

  public SignalSeries(Map<String, Series> series) {
    this.series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
  }

  public Map<String, Series> all() {
    return series;
  }

  public Series get(String name) {
    return series.get(name);
  }
}
