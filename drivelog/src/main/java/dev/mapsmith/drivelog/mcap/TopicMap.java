package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's choice of topics when a bag has several of a kind: {@code lidar}, {@code odometry},
 * {@code gnss}, {@code imu}. Given as {@code lidar=/points,gnss=/fix} ({@code --topic-map}) or as a
 * small YAML file beside the bag ({@code BAG.topics.yaml} or {@code topics.yaml}) with one {@code
 * key: topic} per line and {@code #} comments.
 */
public record TopicMap(Map<String, String> topics) {

  public static final Set<String> KEYS = Set.of("lidar", "odometry", "gnss", "imu");
  public static final TopicMap NONE = new TopicMap(Map.of());

  /** A topic map is a few lines; anything larger is not one. */
  static final long MAX_BYTES = 64 << 10;

  public TopicMap {
    topics = Map.copyOf(topics);
  }

  public String get(String key) {
    return topics.get(key);
  }

  /** Parses {@code key=topic[,key=topic...]}. */
  public static TopicMap parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("a topic map entry is KEY=TOPIC, not '" + part + "'");
      }
      put(out, part.substring(0, eq).trim(), part.substring(eq + 1).trim(), "'" + part + "'");
    }
    return new TopicMap(out);
  }

  /** The YAML file beside {@code bag}, if any; {@link #NONE} otherwise. */
  public static TopicMap beside(Path bag) throws DriveLogException {
    String name = bag.getFileName().toString();
    String stem = name.endsWith(".mcap") ? name.substring(0, name.length() - 5) : name;
    Path dir = bag.toAbsolutePath().getParent();
    for (Path p : List.of(dir.resolve(stem + ".topics.yaml"), dir.resolve("topics.yaml"))) {
      if (Files.exists(p)) { // a folder or FIFO of that name is refused by yaml, not ignored
        return yaml(p);
      }
    }
    return NONE;
  }

  static TopicMap yaml(Path file) throws DriveLogException {
    List<String> lines = InputFiles.readLines(file, MAX_BYTES, "the topic map");
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      line = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      try {
        if (colon < 0) {
          throw new IllegalArgumentException("expected 'key: topic'");
        }
        String value = line.substring(colon + 1).trim().replaceAll("^[\"']|[\"']$", "");
        put(out, line.substring(0, colon).trim(), value, "line " + (i + 1));
      } catch (IllegalArgumentException e) {
        throw new DriveLogException(file, "line " + (i + 1), e.getMessage());
      }
    }
    return new TopicMap(out);
  }

  private static void put(Map<String, String> out, String key, String topic, String where) {
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException(
          "unknown topic kind '" + key + "' in " + where + " (known: lidar, odometry, gnss, imu)");
    }
    if (topic.isEmpty()) {
      throw new IllegalArgumentException("no topic for '" + key + "' in " + where);
    }
    out.put(key, topic);
  }
}
