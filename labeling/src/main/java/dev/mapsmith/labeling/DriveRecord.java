package dev.mapsmith.labeling;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A drive a project uses: its id, where it lies, its format ({@code kitti}, {@code av2}, …) and a
 * fingerprint of its contents (see {@link DriveFingerprint}) so that a moved drive can be relinked.
 */
public record DriveRecord(String id, Path path, String format, String fingerprint) {

  public DriveRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  public DriveRecord withPath(Path newPath) {
    return new DriveRecord(id, newPath, format, fingerprint);
  }
}
