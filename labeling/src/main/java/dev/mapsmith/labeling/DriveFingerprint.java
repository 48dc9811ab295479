package dev.mapsmith.labeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A cheap fingerprint of a drive: SHA-256 over the sorted relative paths and sizes of its files (or
 * of the single file). Moving or renaming the drive's folder keeps it; changing its files does not.
 */
public final class DriveFingerprint {

  private DriveFingerprint() {}

  public static String of(Path drive) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      List<Path> files;
      if (Files.isDirectory(drive)) {
        try (Stream<Path> walk = Files.walk(drive)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(drive);
      }
      for (Path f : files) {
        String rel =
            Files.isDirectory(drive) ? drive.relativize(f).toString() : f.getFileName() + "";
        sha.update(
            (rel.replace('\\', '/') + "\t" + Files.size(f) + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot fingerprint drive " + drive + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
