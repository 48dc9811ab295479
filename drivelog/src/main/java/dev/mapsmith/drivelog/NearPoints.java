package dev.mapsmith.drivelog;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The points of a sweep within a horizontal radius of a position, for callers that use no others
 * (the reconstruction drops points beyond its range). A sweep that arrives as one piece is returned
 * whole, unfiltered, as {@link LidarSweep#loadInWorld} would (the caller's own range filter still
 * applies); a streamed one ({@link LidarSweep#streamInWorld}, a large PCD) keeps only the points
 * within the radius, so memory follows them, not the file. Point order is kept.
 */
public final class NearPoints {

  private final LidarSweep sweep;
  private final double cx;
  private final double cy;
  private final double r2;
  private final double radius;
  private PointCloud first;
  private boolean streaming;
  private int size;
  private long read;
  private float[] x = new float[0], y = x, z = x, intensity = x, time;

  private NearPoints(LidarSweep sweep, double cx, double cy, double radius) {
    this.sweep = sweep;
    this.cx = cx;
    this.cy = cy;
    this.r2 = radius * radius;
    this.radius = radius;
  }

  /** The points kept ({@code points}) and how many the sweep held ({@code read}). */
  public record Loaded(PointCloud points, long read) {}

  /**
   * The sweep's points in the world frame: all of them when they come as one piece, else those
   * within {@code radius} (horizontally) of ({@code cx}, {@code cy}). Fails when the points kept
   * exceed the per-file memory budget ({@link InputFiles#budgetBytes}).
   */
  public static Loaded load(
      LidarSweep sweep, PoseTrajectory trajectory, double cx, double cy, double radius)
      throws DriveLogException {
    NearPoints near = new NearPoints(sweep, cx, cy, radius);
    sweep.streamInWorld(trajectory, near::accept);
    return new Loaded(near.result(), near.read);
  }

  private void accept(PointCloud piece) throws DriveLogException {
    read += piece.size();
    if (first == null && !streaming) {
      first = piece;
      return;
    }
    if (!streaming) {
      streaming = true;
      time = first.time() != null ? new float[0] : null;
      PointCloud held = first;
      first = null;
      keep(held);
    }
    keep(piece);
  }

  private PointCloud result() {
    if (first != null) {
      return first;
    }
    if (!streaming) {
      return PointCloud.allocate(0, false);
    }
    return new PointCloud(size, x, y, z, intensity, time);
  }

  private void keep(PointCloud p) throws DriveLogException {
    for (int i = 0, n = p.size(); i < n; i++) {
      double dx = p.x()[i] - cx, dy = p.y()[i] - cy;
      if (dx * dx + dy * dy > r2) {
        continue;
      }
      if (size == x.length) {
        grow();
      }
      x[size] = p.x()[i];
      y[size] = p.y()[i];
      z[size] = p.z()[i];
      intensity[size] = p.intensity()[i];
      if (time != null) {
        time[size] = p.time() != null ? p.time()[i] : 0;
      }
      size++;
    }
  }

  private void grow() throws DriveLogException {
    long capacity = Math.min(Integer.MAX_VALUE - 8L, Math.max(1 << 16, 2L * x.length));
    String refusal =
        capacity <= x.length
            ? "more than " + x.length + " points"
            : InputFiles.overBudget(
                capacity * (time != null ? 20 : 16),
                "keeping more than " + size + " points within " + radius + " m of the sensor");
    if (refusal != null) {
      Path file =
          sweep instanceof SweepFile f
              ? f.file()
              : Path.of(sweep.sensor() + " sweep " + sweep.index());
      throw new DriveLogException(file, "", refusal);
    }
    int c = (int) capacity;
    x = Arrays.copyOf(x, c);
    y = Arrays.copyOf(y, c);
    z = Arrays.copyOf(z, c);
    intensity = Arrays.copyOf(intensity, c);
    if (time != null) {
      time = Arrays.copyOf(time, c);
    }
  }
}
