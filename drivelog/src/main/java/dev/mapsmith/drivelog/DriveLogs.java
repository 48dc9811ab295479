package dev.mapsmith.drivelog;

import dev.mapsmith.drivelog.av2.Av2LogReader;
import dev.mapsmith.drivelog.kitti.KittiLayout;
import dev.mapsmith.drivelog.kitti.KittiRawReader;
import dev.mapsmith.drivelog.mcap.Ros2BagReader;
import dev.mapsmith.drivelog.nuscenes.NuScenesReader;
import dev.mapsmith.drivelog.pcd.PcdDrive;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a drive log, detecting the format from the path: a ROS 2 bag ({@code .mcap} file), a {@code
 * .pcd} file (one cloud), an Argoverse 2 log folder ({@code sensors/lidar} or {@code
 * city_SE3_egovehicle.feather}), or a KITTI raw drive or date folder.
 */
public final class DriveLogs {

  private DriveLogs() {}

  /** The format name {@link #open} would use, or empty when none fits. */
  public static String detect(Path path) {
    if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".pcd")) {
      return "pcd";
    }
    if (Ros2BagReader.looks(path)) {
      return "mcap";
    }
    if (NuScenesReader.looks(path)) {
      return "nuscenes";
    }
    if (Av2LogReader.looks(path)) {
      return "av2";
    }
    if (KittiLayout.looks(path)) {
      return "kitti";
    }
    return "";
  }

  /** Opens leniently: broken frames are skipped and listed in {@link DriveLog#skipped()}. */
  public static DriveLog open(Path path) throws DriveLogException {
    if (!Files.exists(path)) {
      throw new DriveLogException(path, "", "no such file or directory");
    }
    if (Files.isDirectory(path) && !Files.isReadable(path)) {
      throw new DriveLogException(path, "", "directory is not readable (permission denied)");
    }
    return switch (detect(path)) {
      case "pcd" -> PcdDrive.open(path);
      case "mcap" -> Ros2BagReader.open(path);
      case "nuscenes" -> NuScenesReader.open(path);
      case "av2" -> Av2LogReader.open(path);
      case "kitti" -> KittiRawReader.open(path);
      default ->
          throw new DriveLogException(
              path,
              "",
              "not a drive log this version reads (KITTI raw drive or date folder, Argoverse 2 log"
                  + " folder, ROS 2 .mcap bag, nuScenes data root, .pcd file)");
    };
  }

  /** Opens strictly: the first skipped frame becomes an error. */
  public static DriveLog openStrict(Path path) throws DriveLogException {
    DriveLog log = open(path);
    if (!log.skipped().isEmpty()) {
      SkippedFrame s = log.skipped().get(0);
      log.close();
      throw new DriveLogException(s.file(), s.stream() + " frame " + s.index(), s.reason());
    }
    return log;
  }
}
