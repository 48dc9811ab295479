package dev.mapsmith.drivelog.map.opendrive;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The OpenDRIVE files of ../shared/worlds/opendrive; tests skip when the folder is missing. */
final class OpenDriveWorlds {

  private static final Map<Path, OpenDriveConversion> CONVERTED = new ConcurrentHashMap<>();

  private OpenDriveWorlds() {}

  /** The conversion of a shared file with the default options, made once per test run. */
  static OpenDriveConversion converted(Path file) throws DriveLogException {
    OpenDriveConversion c = CONVERTED.get(file);
    if (c == null) {
      c = OpenDriveMaps.convert(file);
      CONVERTED.put(file, c);
    }
    return c;
  }

  static Path folder() {
    Path p = Fixtures.root().resolveSibling("worlds").resolve("opendrive");
    assumeTrue(Files.isDirectory(p), "OpenDRIVE worlds missing: " + p);
    return p;
  }

  static Path file(String name) {
    Path p = folder().resolve(name);
    assumeTrue(Files.isRegularFile(p), "OpenDRIVE world missing: " + p);
    return p;
  }

  static List<Path> all() throws IOException {
    try (Stream<Path> s = Files.list(folder())) {
      return s.filter(OpenDriveMaps::isOpenDrive).sorted().toList();
    }
  }
}
