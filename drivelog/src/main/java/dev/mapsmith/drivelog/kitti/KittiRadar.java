package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.RadarSweep;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.pcd.RadarPcdSweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The front radar of a drive in KITTI raw layout, as the simulator writes it (KITTI itself has no
 * radar): {@code radar_front/data/NNNNNNNNNN.pcd} in the nuScenes radar PCD layout with {@code
 * radar_front/timestamps.txt}, mounted by {@code calib_imu_to_radar.txt} (R, T like the other KITTI
 * calibrations) beside them. No {@code radar_front} folder: no radar.
 */
final class KittiRadar {

  static final String STREAM = "radar_front";
  static final String CALIBRATION = "calib_imu_to_radar.txt";
  static final String SENSOR = "RADAR_FRONT";

  private KittiRadar() {}

  static List<RadarSweep> read(Path drive, Path calibration, List<SkippedFrame> skipped)
      throws DriveLogException {
    Path dir = drive.resolve(STREAM);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    Path calib = calibration.resolve(CALIBRATION);
    if (!Files.exists(calib)) {
      skipped.add(
          new SkippedFrame(
              STREAM, 0, calib, calib + ": radar calibration missing; radar left out"));
      return List.of();
    }
    RigidTransform radarToVehicle = KittiCalibration.rigid(KittiCalibFile.read(calib)).inverse();
    List<RadarSweep> out = new ArrayList<>();
    for (TimedFiles.Entry e : TimedFiles.read(dir, ".pcd", STREAM, skipped).entries()) {
      out.add(new RadarPcdSweep(e.index(), e.timestampNs(), SENSOR, radarToVehicle, e.file()));
    }
    return out;
  }
}
