package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.CameraIntrinsics;
import dev.mapsmith.drivelog.DriveLogException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A KITTI drive's calibration: lidar-to-camera-0 ({@code calib_velo_to_cam.txt}), IMU-to-lidar
 * ({@code calib_imu_to_velo.txt}) and, when present, the cameras ({@code calib_cam_to_cam.txt}).
 * The vehicle frame of a KITTI drive is the IMU/GPS frame (x forward, y left, z up).
 */
public record KittiCalibration(
    RigidTransform veloToCam0, RigidTransform imuToVelo, Optional<KittiCalibFile> camToCam) {

  public static KittiCalibration read(Path folder) throws DriveLogException {
    RigidTransform veloToCam = rigid(require(folder.resolve("calib_velo_to_cam.txt")));
    RigidTransform imuToVelo = rigid(require(folder.resolve("calib_imu_to_velo.txt")));
    Path cam = folder.resolve("calib_cam_to_cam.txt");
    Optional<KittiCalibFile> camToCam =
        Files.isRegularFile(cam) ? Optional.of(KittiCalibFile.read(cam)) : Optional.empty();
    return new KittiCalibration(veloToCam, imuToVelo, camToCam);
  }

  private static KittiCalibFile require(Path f) throws DriveLogException {
    if (!Files.isRegularFile(f)) {
      throw new DriveLogException(
          f, "", "calibration file missing (it belongs in the date folder)");
    }
    return KittiCalibFile.read(f);
  }

  static RigidTransform rigid(KittiCalibFile f) throws DriveLogException {
    double[] r = f.get("R", 9);
    double[] t = f.get("T", 3);
    double det =
        r[0] * (r[4] * r[8] - r[5] * r[7])
            - r[1] * (r[3] * r[8] - r[5] * r[6])
            + r[2] * (r[3] * r[7] - r[4] * r[6]);
    if (Math.abs(det - 1) > 0.05) {
      throw new DriveLogException(f.file(), "", "R is not a rotation (determinant " + det + ")");
    }
    return RigidTransform.fromMatrix(r, t[0], t[1], t[2]);
  }

  /** The lidar's pose in the vehicle (IMU) frame. */
  public RigidTransform veloToVehicle() {
    return imuToVelo.inverse();
  }

  /** Pinhole intrinsics of rectified camera {@code NN} from P_rect_NN and S_rect_NN. */
  public Optional<CameraIntrinsics> intrinsics(String nn) throws DriveLogException {
    if (camToCam.isEmpty() || !camToCam.get().has("P_rect_" + nn)) {
      return Optional.empty();
    }
    double[] p = camToCam.get().get("P_rect_" + nn, 12);
    int w = 0, h = 0;
    if (camToCam.get().has("S_rect_" + nn)) {
      double[] s = camToCam.get().get("S_rect_" + nn, 2);
      w = (int) Math.round(s[0]);
      h = (int) Math.round(s[1]);
    }
    return Optional.of(new CameraIntrinsics(p[0], p[5], p[2], p[6], w, h));
  }

  /**
   * The rectified camera {@code NN}'s pose in the vehicle frame: IMU → lidar → camera 0 → rectified
   * camera 0 (R_rect_00) → camera NN (baseline from P_rect_NN), inverted.
   */
  public Optional<RigidTransform> cameraToVehicle(String nn) throws DriveLogException {
    if (camToCam.isEmpty() || !camToCam.get().has("P_rect_" + nn)) {
      return Optional.empty();
    }
    double[] p = camToCam.get().get("P_rect_" + nn, 12);
    RigidTransform rect =
        camToCam.get().has("R_rect_00")
            ? RigidTransform.fromMatrix(camToCam.get().get("R_rect_00", 9), 0, 0, 0)
            : RigidTransform.IDENTITY;
    RigidTransform baseline = new RigidTransform(1, 0, 0, 0, p[3] / p[0], p[7] / p[5], p[11]);
    RigidTransform vehicleToCam = baseline.compose(rect).compose(veloToCam0).compose(imuToVelo);
    return Optional.of(vehicleToCam.inverse());
  }
}
