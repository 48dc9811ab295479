package dev.mapsmith.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this process (Linux /proc) and NDArrays still attached to a model. */
final class NativeMemory {

  private NativeMemory() {}

  static long residentBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IOException("no VmRSS in /proc/self/status");
  }

  static int attachedArrays(LaneSegmenter s) {
    return s.attachedResourceCount();
  }
}
