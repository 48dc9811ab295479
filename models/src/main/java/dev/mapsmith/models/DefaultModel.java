package dev.mapsmith.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lane model shipped in this jar under {@code dev/mapsmith/models/default/}, trained on
 * generated drives only (see docs/models.md). DJL loads models from a directory, so the first call
 * copies it into a temporary directory that is removed when the JVM exits.
 */
public final class DefaultModel {

  /** The resource folder that holds the shipped model. */
  public static final String RESOURCE_DIR = "/dev/mapsmith/models/default/";

  private static Path directory;

  private DefaultModel() {}

  /** A directory holding the default model; the same one on every call in this JVM. */
  public static synchronized Path directory() throws IOException {
    if (directory != null) {
      return directory;
    }
    Path dir = Files.createTempDirectory("mapsmith-default-model");
    dir.toFile().deleteOnExit();
    copy(ModelSpec.FILE, dir);
    ModelSpec spec = ModelSpec.read(dir);
    copy(spec.paramsName() + "-0000.params", dir);
    directory = dir;
    return dir;
  }

  private static void copy(String name, Path dir) throws IOException {
    try (InputStream in = DefaultModel.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IOException("default model resource " + RESOURCE_DIR + name + " is missing");
      }
      Path target = dir.resolve(name);
      Files.copy(in, target);
      target.toFile().deleteOnExit();
    }
  }
}
