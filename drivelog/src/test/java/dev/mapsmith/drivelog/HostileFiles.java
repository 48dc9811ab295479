package dev.mapsmith.drivelog;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.function.Executable;

/** Special and sparse files for the hostile-input tests, and a time limit that cannot hang. */
public final class HostileFiles {

  private HostileFiles() {}

  /** A named pipe at {@code path} (skips the test where mkfifo is missing). */
  public static Path fifo(Path path) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    } catch (java.io.IOException e) {
      Assumptions.abort("no mkfifo on this machine: " + e.getMessage());
      return path;
    }
    Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(path), "mkfifo failed");
    return path;
  }

  /** A sparse file of {@code size} bytes (no disk used). */
  public static Path sparse(Path path, long size) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "rw")) {
      f.setLength(size);
    }
    return path;
  }

  /** Runs {@code body}, failing if it takes more than {@code seconds} (a hang is a failure). */
  public static void within(int seconds, Executable body) {
    assertTimeoutPreemptively(Duration.ofSeconds(seconds), body);
  }
}
