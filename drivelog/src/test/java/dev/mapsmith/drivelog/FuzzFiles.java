package dev.mapsmith.drivelog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scratch folder for fuzz targets: each input is written to a file there and read back. */
public final class FuzzFiles {

  private static final Path DIR = create();

  private FuzzFiles() {}

  private static Path create() {
    try {
      Path d = Files.createTempDirectory("mapsmith-fuzz");
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code data} to {@code name} in the scratch folder (replacing the last input). */
  public static Path write(String name, byte[] data) throws IOException {
    Path f = DIR.resolve(name);
    Files.write(f, data);
    f.toFile().deleteOnExit();
    return f;
  }

  public static Path dir() {
    return DIR;
  }
}
