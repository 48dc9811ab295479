package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.ops.PoseNoiseEstimate;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.TimedPose;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The engineers' plots along the timeline (workflow 6): vehicle speed, yaw rate and steering, and
 * GNSS position accuracy and satellites where the drive has them, an estimate of the pose noise
 * from the trajectory itself ({@link PoseNoiseEstimate}), plus markers where frames were skipped as
 * broken. A click on a plot jumps the timeline to that moment.
 */
public final class SignalPlotsViewModel {

  /** One plotted signal: values over time with their range, in display units. */
  public record Plot(
      String label, String unit, long[] timesNs, double[] values, double min, double max) {

    /** The value at or just before {@code timeNs} (the first value before the series starts). */
    public double valueAt(long timeNs) {
      int i = java.util.Arrays.binarySearch(timesNs, timeNs);
      int index = i >= 0 ? i : Math.max(0, -i - 2);
      return values[index];
    }
  }

  /** A signal name in the drive, how it is labelled and the factor to its display unit. */
  private record Wanted(String name, String label, String unit, double scale) {}

  private static final List<Wanted> WANTED =
      List.of(
          new Wanted("speed_mps", "speed", "km/h", 3.6),
          new Wanted("yaw_rate_rps", "yaw rate", "deg/s", 180 / Math.PI),
          new Wanted("steering_rad", "steering", "deg", 180 / Math.PI),
          new Wanted("oxts_pos_accuracy_m", "GNSS accuracy", "m", 1),
          new Wanted("oxts_numsats", "satellites", "", 1));

  private final TimelineViewModel timeline;
  private final ObservableList<Plot> plots = FXCollections.observableArrayList();
  private final ObservableList<Double> skippedAt = FXCollections.observableArrayList();
  private long startNs;
  private long endNs;

  public SignalPlotsViewModel(TimelineViewModel timeline) {
    this.timeline = timeline;
  }

  /** Shows the signals of {@code drive} (none when null). */
  public void show(LoadedDrive drive) {
    if (drive == null) {
      plots.clear();
      skippedAt.clear();
      return;
    }
    startNs = drive.metadata().startNs();
    endNs = Math.max(startNs + 1, drive.metadata().endNs());
    List<Plot> all = new ArrayList<>(plotsOf(drive.log().signals()));
    Plot noise = poseNoise(drive.log().trajectory());
    if (noise != null) {
      all.add(noise);
    }
    plots.setAll(all);
    skippedAt.setAll(skippedFractions(drive.log().skipped(), drive.sweeps()));
  }

  static List<Plot> plotsOf(SignalSeries signals) {
    List<Plot> out = new ArrayList<>();
    for (Wanted w : WANTED) {
      SignalSeries.Series s = signals.get(w.name());
      if (s == null || s.values().length == 0) {
        continue;
      }
      double[] v = new double[s.values().length];
      double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < v.length; i++) {
        v[i] = s.values()[i] * w.scale();
        if (Double.isFinite(v[i])) {
          min = Math.min(min, v[i]);
          max = Math.max(max, v[i]);
        }
      }
      if (!(min <= max)) {
        min = max = 0;
      }
      out.add(new Plot(w.label(), w.unit(), s.timestampsNs(), v, min, max));
    }
    return out;
  }

  /** The pose-noise estimate along the trajectory, or null when it has too few poses. */
  static Plot poseNoise(PoseTrajectory trajectory) {
    List<TimedPose> poses = trajectory.poses();
    if (poses.size() < 7) {
      return null;
    }
    double[] v = PoseNoiseEstimate.of(trajectory);
    long[] t = new long[poses.size()];
    double max = 0;
    for (int i = 0; i < t.length; i++) {
      t[i] = poses.get(i).timestampNs();
      max = Math.max(max, v[i]);
    }
    return new Plot("pose noise (est.)", "m", t, v, 0, max);
  }

  /**
   * Where skipped frames lie along the drive, as fractions 0..1: a skipped frame's index among the
   * stream's frames (the readable ones plus the skipped ones).
   */
  static List<Double> skippedFractions(List<SkippedFrame> skipped, int readableFrames) {
    List<Double> out = new ArrayList<>();
    int total = readableFrames + skipped.size();
    for (SkippedFrame s : skipped) {
      out.add(total <= 1 ? 0.0 : Math.min(1, s.index() / (double) (total - 1)));
    }
    return out;
  }

  /** A click at {@code fraction} (0..1) of the plots' width: the timeline jumps there. */
  public void jumpTo(double fraction) {
    timeline.seek(timeAt(fraction));
  }

  /** The drive time at {@code fraction} of its span. */
  public long timeAt(double fraction) {
    double f = Math.max(0, Math.min(1, fraction));
    return startNs + Math.round(f * (endNs - startNs));
  }

  /** Where {@code timeNs} lies along the drive, 0..1. */
  public double fractionOf(long timeNs) {
    return Math.max(0, Math.min(1, (timeNs - startNs) / (double) (endNs - startNs)));
  }

  public ObservableList<Plot> plots() {
    return plots;
  }

  public ObservableList<Double> skippedAt() {
    return skippedAt;
  }

  public TimelineViewModel timeline() {
    return timeline;
  }
}
