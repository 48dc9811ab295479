package dev.mapsmith.drivelog.map.opendrive;

import dev.mapsmith.drivelog.DriveLogException;
import java.nio.file.Path;

/** One-line entries: read an OpenDRIVE file and convert it to a Lanelet2 OSM document. */
public final class OpenDriveMaps {

  private OpenDriveMaps() {}

  /** Whether a path names an OpenDRIVE file ({@code .xodr}). */
  public static boolean isOpenDrive(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xodr");
  }

  public static OpenDriveConversion convert(Path xodr) throws DriveLogException {
    return convert(xodr, OpenDriveOptions.DEFAULT);
  }

  public static OpenDriveConversion convert(Path xodr, OpenDriveOptions options)
      throws DriveLogException {
    OpenDriveMap map = OpenDriveReader.read(xodr);
    try {
      return Lanelet2Converter.convert(map, options);
    } catch (Lanelet2Converter.TooLarge e) {
      throw new DriveLogException(xodr, "", e.getMessage());
    }
  }
}
