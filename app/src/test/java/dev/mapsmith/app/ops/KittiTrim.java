package dev.mapsmith.app.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test helper: a copy of a KITTI raw drive without its first frames, as a drive of its own (its
 * local frame's origin is where the copy starts). Frames are renumbered from 0.
 */
final class KittiTrim {

  private KittiTrim() {}

  /**
   * Copies {@code drive} (a {@code *_sync} folder) into {@code into}, dropping {@code n} frames.
   */
  static Path dropFirst(Path drive, int n, Path into) throws IOException {
    Path date = drive.getParent();
    Path newDate = into.resolve(date.getFileName().toString());
    Files.createDirectories(newDate);
    try (Stream<Path> calib = Files.list(date)) {
      for (Path c : calib.filter(Files::isRegularFile).toList()) {
        Files.copy(c, newDate.resolve(c.getFileName().toString()));
      }
    }
    String name = drive.getFileName().toString();
    int at = name.indexOf("_drive_") + "_drive_".length();
    int number = Integer.parseInt(name.substring(at, at + 4)) + 1;
    Path copy = newDate.resolve(name.substring(0, at) + String.format("%04d", number) + "_sync");
    for (String stream : List.of("oxts", "velodyne_points", "image_02")) {
      Path src = drive.resolve(stream);
      if (!Files.isDirectory(src)) {
        continue;
      }
      Path dst = copy.resolve(stream);
      Files.createDirectories(dst.resolve("data"));
      try (Stream<Path> files = Files.list(src)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String fn = f.getFileName().toString();
          if (fn.startsWith("timestamps")) {
            List<String> lines = Files.readAllLines(f);
            Files.write(dst.resolve(fn), lines.subList(Math.min(n, lines.size()), lines.size()));
          } else {
            Files.copy(f, dst.resolve(fn));
          }
        }
      }
      try (Stream<Path> frames = Files.list(src.resolve("data"))) {
        for (Path f : frames.toList()) {
          String fn = f.getFileName().toString();
          int dot = fn.indexOf('.');
          int index = Integer.parseInt(fn.substring(0, dot));
          if (index >= n) {
            Files.copy(
                f,
                dst.resolve("data").resolve(String.format("%010d", index - n) + fn.substring(dot)));
          }
        }
      }
    }
    Path signals = drive.resolve("signals.csv");
    if (Files.exists(signals)) {
      Files.copy(signals, copy.resolve("signals.csv"));
    }
    return copy;
  }
}
