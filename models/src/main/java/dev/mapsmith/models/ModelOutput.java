package dev.mapsmith.models;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a model directory safely: everything goes to a hidden staging directory beside the target,
 * and only {@link #commit()} moves the files into place. Closing without commit (failure, cancel)
 * deletes the staging directory, so the target is never half-written.
 */
final class ModelOutput implements AutoCloseable {

  private final Path target;
  private final Path staging;

  private ModelOutput(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  static ModelOutput begin(Path target) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new IOException("--out " + abs + " exists and is not a directory");
    }
    Path parent = abs.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".training-");
    return new ModelOutput(abs, staging);
  }

  Path staging() {
    return staging;
  }

  /** Moves the staged files into the target directory (replacing files of the same name). */
  Path commit() throws IOException {
    Files.createDirectories(target);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
      for (Path f : files) {
        Files.move(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return target;
  }

  @Override
  public void close() throws IOException {
    if (!Files.exists(staging)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(staging)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
