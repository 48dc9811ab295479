package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SkippedFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vehicle signals of a KITTI drive. From OXTS: {@code oxts_speed_mps} (vf), {@code
 * oxts_yaw_rate_rps} (wz), {@code oxts_pos_accuracy_m}, {@code oxts_numsats}. From an optional
 * {@code signals.csv} in the drive folder with header {@code
 * timestamp_ns,speed_mps,yaw_rate_rps,steering_rad}: those three. {@code speed_mps} and {@code
 * yaw_rate_rps} fall back to the OXTS values when there is no CSV. Bad CSV lines are skipped and
 * reported.
 */
public final class KittiSignals {

  public static final String CSV_NAME = "signals.csv";
  public static final String CSV_HEADER = "timestamp_ns,speed_mps,yaw_rate_rps,steering_rad";

  private KittiSignals() {}

  static SignalSeries build(
      long[] oxtsNs, List<OxtsRecord> oxts, Path csv, List<SkippedFrame> skipped)
      throws DriveLogException {
    Map<String, SignalSeries.Series> out = new LinkedHashMap<>();
    if (Files.isRegularFile(csv)) {
      out.putAll(readCsv(csv, skipped));
    }
    if (!oxts.isEmpty()) {
      int n = oxts.size();
      double[][] v = new double[4][n];
      for (int i = 0; i < n; i++) {
        OxtsRecord r = oxts.get(i);
        v[0][i] = r.vf();
        v[1][i] = r.wz();
        v[2][i] = r.posAccuracy();
        v[3][i] = r.numsats();
      }
      out.put("oxts_speed_mps", new SignalSeries.Series(oxtsNs.clone(), v[0]));
      out.put("oxts_yaw_rate_rps", new SignalSeries.Series(oxtsNs.clone(), v[1]));
      out.put("oxts_pos_accuracy_m", new SignalSeries.Series(oxtsNs.clone(), v[2]));
      out.put("oxts_numsats", new SignalSeries.Series(oxtsNs.clone(), v[3]));
      out.putIfAbsent("speed_mps", out.get("oxts_speed_mps"));
      out.putIfAbsent("yaw_rate_rps", out.get("oxts_yaw_rate_rps"));
    }
    return new SignalSeries(out);
  }

  static Map<String, SignalSeries.Series> readCsv(Path csv, List<SkippedFrame> skipped)
      throws DriveLogException {
    List<String> lines = InputFiles.readLines(csv, InputFiles.TEXT_MAX, "a signals file");
    if (lines.isEmpty() || !lines.get(0).trim().equals(CSV_HEADER)) {
      throw new DriveLogException(csv, "line 1", "header must be '" + CSV_HEADER + "'");
    }
    int n = lines.size() - 1;
    long[] ts = new long[n];
    double[][] v = new double[3][n];
    int k = 0;
    long last = Long.MIN_VALUE;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] p = line.split(",", -1);
      try {
        if (p.length != 4) {
          throw new NumberFormatException("expected 4 values, found " + p.length);
        }
        long t = Long.parseLong(p[0].trim());
        if (t <= last) {
          throw new NumberFormatException("timestamp does not increase");
        }
        for (int c = 0; c < 3; c++) {
          v[c][k] = Double.parseDouble(p[c + 1].trim());
        }
        ts[k++] = t;
        last = t;
      } catch (NumberFormatException e) {
        skipped.add(new SkippedFrame("signals", i, csv, "line " + (i + 1) + ": " + e.getMessage()));
      }
    }
    Map<String, SignalSeries.Series> out = new LinkedHashMap<>();
    String[] names = {"speed_mps", "yaw_rate_rps", "steering_rad"};
    for (int c = 0; c < 3; c++) {
      out.put(
          names[c],
          new SignalSeries.Series(
              java.util.Arrays.copyOf(ts, k), java.util.Arrays.copyOf(v[c], k)));
    }
    return out;
  }
}
