package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.FrameOfReference;
import java.nio.file.Path;
import java.util.List;

/**
 * What a drive is: an id, the format it was read from ({@code kitti}, {@code av2}, {@code pcd}),
 * where it lies, its frame of reference, its time span in nanoseconds, and its sensors' names.
 */
public record DriveMetadata(
    String id,
    String format,
    Path path,
    FrameOfReference frame,
    long startNs,
    long endNs,
    List<String> sensors) {

  public DriveMetadata {
    sensors = List.copyOf(sensors);
  }

  public double durationSeconds() {
    return (endNs - startNs) / 1e9;
  }
}
