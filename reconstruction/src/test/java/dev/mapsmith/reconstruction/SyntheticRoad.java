package dev.mapsmith.reconstruction;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PointSink;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.TimedPose;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A synthetic straight road along +x, made in the test: asphalt with two dashed dividers (3 m dash,
 * 6 m gap) at y = ±1.75, solid edge lines at ±5.25, curbs at ±7 (sidewalk 0.15 m higher), a stop
 * line and a zebra crossing, and a parked box. A drive along y = -3.5 sees it with a lidar that
 * scatters points uniformly over a disk, paint bright, asphalt dark.
 */
final class SyntheticRoad implements DriveLog {

  static final double LENGTH = 100;
  static final double STOP_X = 70;
  static final double ZEBRA_X0 = 72;
  static final double ZEBRA_X1 = 76;
  private static final FrameOfReference FRAME = new NamedLocalFrame("synthetic");
  private static final double SENSOR_HEIGHT = 1.8;

  /** Where paint lies on the ground: (x, y) in world metres. */
  interface Paint {
    boolean at(double x, double y);
  }

  private final Paint paint;
  private final int pointsPerSweep;
  private final double spacing;
  private final PoseTrajectory truePoses;
  private final PoseTrajectory reportedPoses;
  private final List<LidarSweep> sweeps = new ArrayList<>();
  private final String id;
  private int piece;

  /**
   * {@code poseNoise}: standard deviation of a smooth lateral/longitudinal error of the reported
   * poses, metres.
   */
  SyntheticRoad(String id, int pointsPerSweep, double spacing, double poseNoise, long seed) {
    this(id, SyntheticRoad::painted, pointsPerSweep, spacing, poseNoise, seed);
  }

  /** The same road, curbs, parked box and drive, with other paint. */
  SyntheticRoad(
      String id, Paint paint, int pointsPerSweep, double spacing, double poseNoise, long seed) {
    this.id = id;
    this.paint = paint;
    this.pointsPerSweep = pointsPerSweep;
    this.spacing = spacing;
    List<TimedPose> truth = new ArrayList<>(), reported = new ArrayList<>();
    Random r = new Random(seed);
    double ex = 0, ey = 0;
    int n = (int) (LENGTH / spacing) + 1;
    for (int i = 0; i < n; i++) {
      long t = i * 100_000_000L;
      RigidTransform p = RigidTransform.fromEuler(0, 0, 0, i * spacing, -3.5, 0);
      truth.add(new TimedPose(t, p));
      ex = 0.8 * ex + poseNoise * 0.6 * r.nextGaussian();
      ey = 0.8 * ey + poseNoise * 0.6 * r.nextGaussian();
      reported.add(
          new TimedPose(t, RigidTransform.fromEuler(0, 0, 0, i * spacing + ex, -3.5 + ey, 0)));
    }
    truePoses = new PoseTrajectory(truth);
    reportedPoses = new PoseTrajectory(reported);
    for (int i = 0; i < n; i++) {
      sweeps.add(new Sweep(i, i * 100_000_000L, seed * 1000 + i));
    }
  }

  /**
   * Makes every sweep stream its world points in pieces of {@code points} ({@link
   * LidarSweep#streamInWorld}), as a large PCD does; returns this road.
   */
  SyntheticRoad streamedInPieces(int points) {
    this.piece = points;
    return this;
  }

  /** Intensity of the ground at (x, y): paint 0.6, asphalt 0.1, sidewalk 0.2. */
  static boolean painted(double x, double y) {
    for (double ly : new double[] {-1.75, 1.75}) {
      boolean beforeOrAfterCrossing = x < STOP_X - 1 || x > ZEBRA_X1 + 1;
      if (Math.abs(y - ly) < 0.075
          && Math.floorMod((long) Math.floor(x), 9) < 3
          && beforeOrAfterCrossing) {
        return true;
      }
    }
    for (double ly : new double[] {-5.25, 5.25}) {
      if (Math.abs(y - ly) < 0.075) {
        return true;
      }
    }
    if (Math.abs(x - STOP_X) < 0.25 && y > -5.25 && y < 0) {
      return true;
    }
    if (x > ZEBRA_X0 && x < ZEBRA_X1 && y > -6.5 && y < 6.5) {
      double f = (y + 6.5) % 1.2;
      return f < 0.5;
    }
    return false;
  }

  static double groundZ(double y) {
    return Math.abs(y) > 7 ? 0.15 : 0;
  }

  static boolean inBox(double x, double y) {
    return x > 40 && x < 44.5 && y > 3.5 && y < 5.3;
  }

  /** The ground truth in the scored classes, as an evaluator would read it. */
  static LaneMap truth() {
    List<Primitive> ps = new ArrayList<>();
    Provenance prov = Provenance.truth("synthetic");
    long[] id = {1};
    java.util.function.BiConsumer<MapClass, double[]> add =
        (c, xyz) ->
            ps.add(
                new Primitive(
                    id[0]++, c, Polyline.of(xyz), Attributes.EMPTY, ReviewState.VERIFIED, 1, prov));
    for (double y : new double[] {-5.25, 5.25}) {
      add.accept(MapClass.DIVIDER, new double[] {-40, y, 0, LENGTH + 40, y, 0});
    }
    for (double y : new double[] {-1.75, 1.75}) { // dashed, interrupted by the crossing
      add.accept(MapClass.DIVIDER, new double[] {-40, y, 0, STOP_X - 4, y, 0});
      add.accept(MapClass.DIVIDER, new double[] {ZEBRA_X1 + 5, y, 0, LENGTH + 40, y, 0});
    }
    for (double y : new double[] {-7, 7}) {
      add.accept(MapClass.BOUNDARY, new double[] {-40, y, 0, LENGTH + 40, y, 0});
    }
    add.accept(MapClass.STOP_LINE, new double[] {STOP_X, -5.25, 0, STOP_X, 0, 0});
    add.accept(
        MapClass.PED_CROSSING,
        new double[] {ZEBRA_X0, -6.5, 0, ZEBRA_X1, -6.5, 0, ZEBRA_X1, 6.3, 0, ZEBRA_X0, 6.3, 0});
    return new LaneMap(FRAME, ps);
  }

  PoseTrajectory truePoses() {
    return truePoses;
  }

  @Override
  public DriveMetadata metadata() {
    return new DriveMetadata(
        id, "synthetic", Path.of(id), FRAME, 0, (long) (sweeps.size() * 1e8), List.of("lidar"));
  }

  @Override
  public PoseTrajectory trajectory() {
    return reportedPoses;
  }

  @Override
  public List<LidarSweep> sweeps() {
    return sweeps;
  }

  @Override
  public List<CameraStream> cameras() {
    return List.of();
  }

  @Override
  public SignalSeries signals() {
    return SignalSeries.EMPTY;
  }

  @Override
  public List<SkippedFrame> skipped() {
    return List.of();
  }

  @Override
  public void close() {}

  private final class Sweep implements LidarSweep {
    private final int index;
    private final long t;
    private final long seed;

    Sweep(int index, long t, long seed) {
      this.index = index;
      this.t = t;
      this.seed = seed;
    }

    @Override
    public int index() {
      return index;
    }

    @Override
    public long timestampNs() {
      return t;
    }

    @Override
    public String sensor() {
      return "lidar";
    }

    @Override
    public RigidTransform sensorToVehicle() {
      return RigidTransform.fromEuler(0, 0, 0, 0, 0, SENSOR_HEIGHT);
    }

    @Override
    public PointCloud load() {
      // Points in the world from the true pose, then into the sensor frame of the true pose.
      RigidTransform truePose = truePoses.at(t);
      Random r = new Random(seed);
      PointCloud c = PointCloud.allocate(pointsPerSweep, false);
      for (int i = 0; i < pointsPerSweep; i++) {
        double rho = 3 + 32 * Math.sqrt(r.nextDouble()), phi = 2 * Math.PI * r.nextDouble();
        double wx = truePose.tx() + rho * Math.cos(phi), wy = truePose.ty() + rho * Math.sin(phi);
        double wz = groundZ(wy) + 0.01 * r.nextGaussian();
        float intensity;
        if (inBox(wx, wy) && r.nextDouble() < 0.7) {
          wz += 0.3 + 1.2 * r.nextDouble();
          intensity = 0.5f;
        } else if (paint.at(wx, wy)) {
          intensity = (float) (0.6 + 0.05 * r.nextGaussian());
        } else {
          intensity = (float) ((Math.abs(wy) > 7 ? 0.2 : 0.1) + 0.03 * r.nextGaussian());
        }
        c.x()[i] = (float) (wx - truePose.tx());
        c.y()[i] = (float) (wy - truePose.ty());
        c.z()[i] = (float) (wz - SENSOR_HEIGHT);
        c.intensity()[i] = Math.max(0, intensity);
      }
      return c;
    }

    @Override
    public PointCloud loadInWorld(PoseTrajectory trajectory) {
      PointCloud c = load();
      RigidTransform p = trajectory.at(t).compose(sensorToVehicle());
      for (int i = 0; i < c.size(); i++) {
        c.x()[i] += (float) p.tx();
        c.y()[i] += (float) p.ty();
        c.z()[i] += (float) p.tz();
      }
      return c;
    }

    @Override
    public void streamInWorld(PoseTrajectory trajectory, PointSink sink) throws DriveLogException {
      PointCloud all = loadInWorld(trajectory);
      if (piece == 0) {
        sink.accept(all);
        return;
      }
      for (int from = 0; from < all.size(); from += piece) {
        int n = Math.min(piece, all.size() - from);
        sink.accept(
            new PointCloud(
                n,
                Arrays.copyOfRange(all.x(), from, from + n),
                Arrays.copyOfRange(all.y(), from, from + n),
                Arrays.copyOfRange(all.z(), from, from + n),
                Arrays.copyOfRange(all.intensity(), from, from + n),
                null));
      }
    }
  }
}
