package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.ImageFileFrame;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.RadarSweep;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SimpleDriveLog;
import dev.mapsmith.drivelog.SkippedFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens a KITTI raw drive (see {@link KittiLayout}). The world frame is a local ENU frame at the
 * first OXTS position (a named local frame when there is no OXTS); the vehicle frame is the IMU
 * frame. Lidar sweeps are lazy {@link KittiBinSweep}s; cameras {@code image_00..03} decode lazily.
 * Broken frames are skipped and listed; the rest of the drive stays usable.
 */
public final class KittiRawReader {

  private KittiRawReader() {}

  public static DriveLog open(Path path) throws DriveLogException {
    KittiLayout layout = KittiLayout.locate(path);
    Path drive = layout.drive();
    KittiCalibration calib = KittiCalibration.read(layout.calibration());
    List<SkippedFrame> skipped = new ArrayList<>();
    List<String> sensors = new ArrayList<>();
    long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};

    KittiOxtsTrack oxts =
        Files.isDirectory(drive.resolve("oxts"))
            ? KittiOxtsTrack.read(drive.resolve("oxts"), skipped)
            : new KittiOxtsTrack(new long[0], List.of());
    FrameOfReference frame;
    PoseTrajectory trajectory;
    if (oxts.isEmpty()) {
      frame = new NamedLocalFrame("kitti:" + drive.getFileName());
      trajectory = new PoseTrajectory(List.of());
    } else {
      sensors.add("oxts");
      frame = new LocalEnuFrame(oxts.origin());
      trajectory = new PoseTrajectory(oxts.enuPoses());
      widen(span, oxts.timestampsNs()[0], oxts.timestampsNs()[oxts.records().size() - 1]);
    }

    List<LidarSweep> sweeps = new ArrayList<>();
    Path velo = drive.resolve("velodyne_points");
    if (Files.isDirectory(velo)) {
      sensors.add("velodyne");
      RigidTransform veloToVehicle = calib.veloToVehicle();
      for (TimedFiles.Entry e : TimedFiles.read(velo, ".bin", "velodyne", skipped).entries()) {
        String problem = sizeProblem(e.file());
        if (problem != null) {
          skipped.add(new SkippedFrame("velodyne", e.index(), e.file(), problem));
          continue;
        }
        sweeps.add(new KittiBinSweep(e.index(), e.timestampNs(), e.file(), veloToVehicle));
        widen(span, e.timestampNs(), e.timestampNs());
      }
    }

    List<CameraStream> cameras = new ArrayList<>();
    for (String nn : new String[] {"00", "01", "02", "03"}) {
      Path dir = drive.resolve("image_" + nn);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      camera(nn, dir, calib, skipped, span).ifPresent(cameras::add);
      sensors.add("image_" + nn);
    }

    List<RadarSweep> radar = KittiRadar.read(drive, layout.calibration(), skipped);
    if (!radar.isEmpty()) {
      sensors.add(KittiRadar.SENSOR);
    }

    SignalSeries signals =
        KittiSignals.build(
            oxts.timestampsNs(), oxts.records(), drive.resolve(KittiSignals.CSV_NAME), skipped);
    if (span[0] > span[1]) {
      span[0] = span[1] = 0;
    }
    DriveMetadata meta =
        new DriveMetadata(
            drive.getFileName().toString(), "kitti", drive, frame, span[0], span[1], sensors);
    return new SimpleDriveLog(meta, trajectory, sweeps, cameras, signals, skipped, radar);
  }

  private static Optional<CameraStream> camera(
      String nn, Path dir, KittiCalibration calib, List<SkippedFrame> skipped, long[] span)
      throws DriveLogException {
    var intrinsics = calib.intrinsics(nn);
    var toVehicle = calib.cameraToVehicle(nn);
    if (intrinsics.isEmpty() || toVehicle.isEmpty()) {
      skipped.add(
          new SkippedFrame(
              "image_" + nn,
              -1,
              dir,
              "no P_rect_" + nn + " in calib_cam_to_cam.txt; camera left out"));
      return Optional.empty();
    }
    List<CameraFrame> frames = new ArrayList<>();
    for (TimedFiles.Entry e : TimedFiles.read(dir, ".png", "image_" + nn, skipped).entries()) {
      frames.add(new ImageFileFrame(e.index(), e.timestampNs(), e.file()));
      widen(span, e.timestampNs(), e.timestampNs());
    }
    return Optional.of(new CameraStream("image_" + nn, intrinsics.get(), toVehicle.get(), frames));
  }

  private static String sizeProblem(Path bin) {
    try {
      return KittiBinSweep.sizeProblem(InputFiles.size(bin));
    } catch (DriveLogException e) {
      return e.getMessage();
    }
  }

  private static void widen(long[] span, long a, long b) {
    span[0] = Math.min(span[0], a);
    span[1] = Math.max(span[1], b);
  }
}
