package dev.mapsmith.sampledrives.kitti;

import dev.mapsmith.sampledrives.sensor.Rig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes calib_cam_to_cam.txt, calib_velo_to_cam.txt, calib_imu_to_velo.txt and the front radar's
 * calib_imu_to_radar.txt for {@link Rig}.
 */
public final class Calibration {

  private static final String TIME = "calib_time: 15-Jan-2026 09:00:00\n";

  private Calibration() {}

  public static void write(Path dateDir) throws IOException {
    double[] lv = Rig.LIDAR_IN_VEHICLE;
    Files.writeString(
        dateDir.resolve("calib_imu_to_velo.txt"),
        TIME + "R: 1 0 0 0 1 0 0 0 1\nT: " + nums(-lv[0], -lv[1], -lv[2]) + "\n");
    double[] rv = Rig.RADAR_IN_VEHICLE; // the radar looks forward, level: p_radar = p_imu - T
    Files.writeString(
        dateDir.resolve("calib_imu_to_radar.txt"),
        TIME + "R: 1 0 0 0 1 0 0 0 1\nT: " + nums(-rv[0], -rv[1], -rv[2]) + "\n");
    double[] c = Rig.CAM0_IN_LIDAR;
    // p_cam = R p_velo + T with R taking (forward, left, up) to (right, down, forward).
    Files.writeString(
        dateDir.resolve("calib_velo_to_cam.txt"),
        TIME
            + "R: 0 -1 0 0 0 -1 1 0 0\n"
            + "T: "
            + nums(c[1], c[2], -c[0])
            + "\ndelta_f: 0 0\ndelta_c: 0 0\n");
    StringBuilder s = new StringBuilder(TIME).append("corner_dist: 9.950000e-02\n");
    double[] baseline = {0, -0.54, Rig.CAM2_LEFT_OF_CAM0, Rig.CAM2_LEFT_OF_CAM0 - 0.54};
    for (int i = 0; i < 4; i++) {
      String n = String.format(Locale.ROOT, "%02d", i);
      String k = nums(Rig.FX, 0, Rig.CX, 0, Rig.FY, Rig.CY, 0, 0, 1);
      s.append("S_").append(n).append(": ").append(nums(Rig.WIDTH, Rig.HEIGHT)).append('\n');
      s.append("K_").append(n).append(": ").append(k).append('\n');
      s.append("D_").append(n).append(": ").append(nums(0, 0, 0, 0, 0)).append('\n');
      s.append("R_").append(n).append(": ").append(nums(1, 0, 0, 0, 1, 0, 0, 0, 1)).append('\n');
      s.append("T_").append(n).append(": ").append(nums(baseline[i], 0, 0)).append('\n');
      s.append("S_rect_").append(n).append(": ").append(nums(Rig.WIDTH, Rig.HEIGHT)).append('\n');
      s.append("R_rect_")
          .append(n)
          .append(": ")
          .append(nums(1, 0, 0, 0, 1, 0, 0, 0, 1))
          .append('\n');
      s.append("P_rect_")
          .append(n)
          .append(": ")
          .append(nums(Rig.FX, 0, Rig.CX, Rig.FX * baseline[i], 0, Rig.FY, Rig.CY, 0, 0, 0, 1, 0))
          .append('\n');
    }
    Files.writeString(dateDir.resolve("calib_cam_to_cam.txt"), s.toString());
  }

  static String nums(double... v) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      s.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.6e", v[i]));
    }
    return s.toString();
  }
}
