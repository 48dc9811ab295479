package dev.mapsmith.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The drives of a batch job: a JSON file {@code {"drives": [{"path": P, "format": F}, ...]}}, paths
 * relative to the manifest's folder (or absolute, or {@code file:} URIs); the format is a drivelog
 * format name ({@code kitti}, {@code av2}, ...) or {@code auto}.
 */
public record DriveManifest(Path file, List<Entry> drives) {

  /** One drive: its place in the manifest (from 0), where it is and its format. */
  public record Entry(int index, String path, String format) implements Serializable {}

  public DriveManifest {
    drives = List.copyOf(drives);
  }

  /** Reads a manifest; a missing, malformed or empty one is an error naming the file and fault. */
  public static DriveManifest read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": manifest not found (or not a file)");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not a JSON manifest: " + e.getMessage(), e);
    }
    JsonNode list = root == null ? null : root.get("drives");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new IOException(file + ": the manifest needs a non-empty \"drives\" array");
    }
    Path base = file.toAbsolutePath().getParent();
    List<Entry> out = new ArrayList<>();
    for (JsonNode d : list) {
      JsonNode p = d.get("path");
      if (p == null || !p.isTextual() || p.asText().isBlank()) {
        throw new IOException(file + ": drive " + (out.size() + 1) + " has no \"path\"");
      }
      String format = d.hasNonNull("format") ? d.get("format").asText() : "auto";
      out.add(new Entry(out.size(), resolve(base, p.asText()).toString(), format));
    }
    return new DriveManifest(file, out);
  }

  private static Path resolve(Path base, String path) {
    if (path.startsWith("file:")) {
      return Path.of(java.net.URI.create(path));
    }
    Path p = Path.of(path);
    return p.isAbsolute() ? p : base.resolve(p).normalize();
  }
}
