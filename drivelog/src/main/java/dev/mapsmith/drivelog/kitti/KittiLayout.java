package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.drivelog.DriveLogException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a KITTI raw drive's parts are: the drive folder ({@code <date>_drive_<NNNN>_sync}) and the
 * folder holding its calibration (the date folder above it, or the drive folder itself). Accepts
 * the drive folder, a date folder that holds exactly one drive, or a dataset root (what KITTI's
 * download and {@code mapsmith generate --out} give) that holds exactly one such date folder.
 */
public record KittiLayout(Path drive, Path calibration) {

  /** Whether {@code p} looks like a KITTI drive or a date folder holding one. */
  public static boolean looks(Path p) {
    if (!Files.isDirectory(p)) {
      return false;
    }
    if (isDrive(p)) {
      return true;
    }
    try {
      return isDateFolder(p) || dateFolders(p).size() == 1;
    } catch (DriveLogException e) {
      return false;
    }
  }

  private static boolean isDateFolder(Path p) throws DriveLogException {
    return Files.isRegularFile(p.resolve("calib_velo_to_cam.txt")) && !drives(p).isEmpty();
  }

  private static List<Path> dateFolders(Path root) throws DriveLogException {
    try (Stream<Path> s = Files.list(root)) {
      List<Path> dirs = s.filter(Files::isDirectory).sorted().toList();
      List<Path> dates = new java.util.ArrayList<>();
      for (Path d : dirs) {
        if (isDateFolder(d)) {
          dates.add(d);
        }
      }
      return dates;
    } catch (IOException e) {
      throw new DriveLogException(root, "", "cannot list directory: " + e, e);
    }
  }

  static boolean isDrive(Path p) {
    return Files.isDirectory(p.resolve("velodyne_points")) || Files.isDirectory(p.resolve("oxts"));
  }

  public static KittiLayout locate(Path p) throws DriveLogException {
    if (!Files.isDirectory(p)) {
      throw new DriveLogException(p, "", "not a directory");
    }
    if (!Files.isReadable(p)) {
      throw new DriveLogException(p, "", "directory is not readable (permission denied)");
    }
    if (isDrive(p)) {
      Path calib = Files.isRegularFile(p.resolve("calib_velo_to_cam.txt")) ? p : parentOf(p);
      return new KittiLayout(p, calib);
    }
    List<Path> drives = drives(p);
    if (drives.size() == 1) {
      return new KittiLayout(drives.get(0), p);
    }
    if (drives.isEmpty()) {
      List<Path> dates = dateFolders(p);
      if (dates.size() == 1) {
        return locate(dates.get(0));
      }
      if (dates.size() > 1) {
        throw new DriveLogException(
            p, "", "holds " + dates.size() + " KITTI date folders; open one of them: " + dates);
      }
    }
    throw new DriveLogException(
        p,
        "",
        drives.isEmpty()
            ? "no KITTI drive here (no velodyne_points or oxts folder)"
            : "holds " + drives.size() + " drives; open one of them: " + drives);
  }

  private static Path parentOf(Path p) {
    Path parent = p.toAbsolutePath().getParent();
    return parent == null ? p : parent;
  }

  private static List<Path> drives(Path dateDir) throws DriveLogException {
    try (Stream<Path> s = Files.list(dateDir)) {
      return s.filter(Files::isDirectory).filter(KittiLayout::isDrive).sorted().toList();
    } catch (IOException e) {
      throw new DriveLogException(dateDir, "", "cannot list directory: " + e, e);
    }
  }
}
