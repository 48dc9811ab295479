package dev.mapsmith.drivelog.kitti;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Writes a small KITTI raw drive for tests: a date folder with calibration and one drive with
 * {@code frames} OXTS records (driving east at 10 m/s, yaw 0), lidar sweeps of 3 points and
 * image_02 frames. Lidar = IMU translated by (1, 0, 2).
 */
public final class KittiTestDrives {

  static final double LAT0 = 49.0, LON0 = 8.4, ALT0 = 110.0;
  static final long T0 = 1_317_046_945_000_000_000L; // 2011-09-26 14:22:25 UTC

  private KittiTestDrives() {}

  public static Path write(Path root, int frames) throws IOException {
    Path date = root.resolve("2011_09_26");
    Path drive = date.resolve("2011_09_26_drive_0001_sync");
    Files.createDirectories(drive);
    Files.writeString(
        date.resolve("calib_velo_to_cam.txt"),
        "calib_time: 15-Mar-2012 11:37:16\nR: 0 -1 0 0 0 -1 1 0 0\nT: 0 -0.08 -0.27\n");
    Files.writeString(
        date.resolve("calib_imu_to_velo.txt"),
        "calib_time: 25-May-2012 16:47:16\nR: 1 0 0 0 1 0 0 0 1\nT: -1 0 -2\n");
    Files.writeString(
        date.resolve("calib_cam_to_cam.txt"),
        "calib_time: 09-Jan-2012 13:57:47\ncorner_dist: 9.950000e-02\n"
            + "R_rect_00: 1 0 0 0 1 0 0 0 1\n"
            + "S_rect_02: 64 32\n"
            + "P_rect_02: 700 0 32 45 0 700 16 0 0 0 1 0\n");
    List<String> oxtsTs = new ArrayList<>(), veloTs = new ArrayList<>(), camTs = new ArrayList<>();
    Files.createDirectories(drive.resolve("oxts/data"));
    Files.createDirectories(drive.resolve("velodyne_points/data"));
    Files.createDirectories(drive.resolve("image_02/data"));
    double mPerDegLon = 111_319.49 * Math.cos(Math.toRadians(LAT0));
    for (int i = 0; i < frames; i++) {
      long t = T0 + i * 100_000_000L;
      double east = i * 1.0;
      double[] v = new double[30];
      v[0] = LAT0;
      v[1] = LON0 + east / mPerDegLon;
      v[2] = ALT0;
      v[8] = 10.0; // vf
      v[19] = 0.01 * i; // wz
      v[23] = 0.5;
      v[26] = 9;
      StringBuilder b = new StringBuilder();
      for (double d : v) {
        b.append(b.length() == 0 ? "" : " ").append(d);
      }
      Files.writeString(drive.resolve(String.format("oxts/data/%010d.txt", i)), b + "\n");
      oxtsTs.add(KittiTimestamps.format(t));
      veloTs.add(KittiTimestamps.format(t + 5_000_000L));
      camTs.add(KittiTimestamps.format(t + 1_000_000L));
      writeBin(
          drive.resolve(String.format("velodyne_points/data/%010d.bin", i)),
          new float[] {10, 0, 0, 0.5f, 0, 5, 0, 0.25f, 0, 0, -1, 1f});
      BufferedImage img = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
      img.setRGB(3, 4, 0xff0000);
      ImageIO.write(
          img, "png", drive.resolve(String.format("image_02/data/%010d.png", i)).toFile());
    }
    Files.write(drive.resolve("oxts/timestamps.txt"), oxtsTs);
    Files.write(drive.resolve("velodyne_points/timestamps.txt"), veloTs);
    Files.write(drive.resolve("image_02/timestamps.txt"), camTs);
    return drive;
  }

  public static void writeBin(Path file, float[] xyzi) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(xyzi.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float f : xyzi) {
      b.putFloat(f);
    }
    Files.write(file, b.array());
  }
}
