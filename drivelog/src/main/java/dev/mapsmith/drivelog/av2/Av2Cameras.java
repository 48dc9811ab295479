package dev.mapsmith.drivelog.av2;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraIntrinsics;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.ImageFileFrame;
import dev.mapsmith.drivelog.SkippedFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * AV2 cameras: {@code sensors/cameras/<name>/<timestamp_ns>.jpg} with {@code
 * calibration/egovehicle_SE3_sensor.feather} and {@code calibration/intrinsics.feather}. A log
 * without calibration has no cameras.
 */
final class Av2Cameras {

  private Av2Cameras() {}

  static List<CameraStream> read(Path log, List<SkippedFrame> skipped) throws DriveLogException {
    Path extr = log.resolve("calibration/egovehicle_SE3_sensor.feather");
    Path intr = log.resolve("calibration/intrinsics.feather");
    Path camDir = log.resolve("sensors/cameras");
    if (!Files.isRegularFile(extr) || !Files.isRegularFile(intr) || !Files.isDirectory(camDir)) {
      return List.of();
    }
    Map<String, RigidTransform> poses = new HashMap<>();
    Feather.read(
        extr,
        (b, first) -> {
          var name = Columns.vector(extr, b, "sensor_name");
          String[] cols = {"qw", "qx", "qy", "qz", "tx_m", "ty_m", "tz_m"};
          for (int i = 0; i < b.getRowCount(); i++) {
            double[] d = new double[7];
            for (int c = 0; c < 7; c++) {
              d[c] = Columns.doubleAt(extr, Columns.vector(extr, b, cols[c]), i);
            }
            poses.put(
                Columns.stringAt(extr, name, i),
                new RigidTransform(d[0], d[1], d[2], d[3], d[4], d[5], d[6]));
          }
        });
    Map<String, CameraIntrinsics> intrinsics = new HashMap<>();
    Feather.read(
        intr,
        (b, first) -> {
          var name = Columns.vector(intr, b, "sensor_name");
          for (int i = 0; i < b.getRowCount(); i++) {
            intrinsics.put(
                Columns.stringAt(intr, name, i),
                new CameraIntrinsics(
                    Columns.doubleAt(intr, Columns.vector(intr, b, "fx_px"), i),
                    Columns.doubleAt(intr, Columns.vector(intr, b, "fy_px"), i),
                    Columns.doubleAt(intr, Columns.vector(intr, b, "cx_px"), i),
                    Columns.doubleAt(intr, Columns.vector(intr, b, "cy_px"), i),
                    (int) Columns.longAt(intr, Columns.vector(intr, b, "width_px"), i),
                    (int) Columns.longAt(intr, Columns.vector(intr, b, "height_px"), i)));
          }
        });
    List<CameraStream> out = new ArrayList<>();
    for (Path dir : Av2LogReader.list(camDir, "")) {
      String name = dir.getFileName().toString();
      if (!Files.isDirectory(dir)) {
        continue;
      }
      if (!poses.containsKey(name) || !intrinsics.containsKey(name)) {
        skipped.add(new SkippedFrame(name, -1, dir, "camera has no calibration; left out"));
        continue;
      }
      List<CameraFrame> frames = new ArrayList<>();
      int i = 0;
      for (Path img : Av2LogReader.list(dir, ".jpg")) {
        String f = img.getFileName().toString();
        try {
          frames.add(new ImageFileFrame(i, Long.parseLong(f.substring(0, f.length() - 4)), img));
        } catch (NumberFormatException e) {
          skipped.add(new SkippedFrame(name, i, img, "file name is not a timestamp in ns"));
        }
        i++;
      }
      out.add(new CameraStream(name, intrinsics.get(name), poses.get(name), frames));
    }
    return out;
  }
}
