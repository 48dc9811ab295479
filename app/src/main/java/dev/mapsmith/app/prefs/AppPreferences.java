package dev.mapsmith.app.prefs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the app remembers between runs: window bounds, split positions and recent projects. Stored
 * as a properties file in the user's config folder ({@code $XDG_CONFIG_HOME/mapsmith} or {@code
 * ~/.config/mapsmith}); written atomically. A missing or unreadable file gives the defaults.
 */
public final class AppPreferences {

  public static final int MAX_RECENT = 10;
  private final Path file;
  private final Properties values = new Properties();

  private AppPreferences(Path file) {
    this.file = file;
  }

  /** The preferences in {@code dir} (created on save). */
  public static AppPreferences load(Path dir) {
    AppPreferences p = new AppPreferences(dir.resolve("app.properties"));
    if (Files.isRegularFile(p.file)) {
      try (InputStream in = Files.newInputStream(p.file)) {
        p.values.load(in);
      } catch (IOException | IllegalArgumentException e) {
        p.values.clear(); // a damaged file is not worth failing the start for: defaults
      }
    }
    return p;
  }

  /** The user's config folder for Mapsmith; {@code -Dmapsmith.config.dir} overrides it. */
  public static Path defaultDir() {
    String override = System.getProperty("mapsmith.config.dir");
    if (override != null) {
      return Path.of(override);
    }
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("mapsmith");
  }

  public WindowBounds window() {
    return new WindowBounds(
        number("window.x", Double.NaN),
        number("window.y", Double.NaN),
        number("window.width", 1440),
        number("window.height", 900),
        Boolean.parseBoolean(values.getProperty("window.maximized", "false")));
  }

  public void setWindow(WindowBounds b) {
    values.setProperty("window.x", Double.toString(b.x()));
    values.setProperty("window.y", Double.toString(b.y()));
    values.setProperty("window.width", Double.toString(b.width()));
    values.setProperty("window.height", Double.toString(b.height()));
    values.setProperty("window.maximized", Boolean.toString(b.maximized()));
  }

  /** A split pane's divider position in [0, 1], or {@code fallback}. */
  public double divider(String name, double fallback) {
    double v = number("divider." + name, fallback);
    return v >= 0 && v <= 1 ? v : fallback;
  }

  public void setDivider(String name, double position) {
    values.setProperty("divider." + name, Double.toString(position));
  }

  /** Recent projects and drives, newest first. */
  public List<Path> recent() {
    List<Path> list = new ArrayList<>();
    for (int i = 0; i < MAX_RECENT; i++) {
      String v = values.getProperty("recent." + i);
      if (v != null) {
        list.add(Path.of(v));
      }
    }
    return list;
  }

  /**
   * Puts {@code path} first in the recent list, without duplicates, at most {@value #MAX_RECENT}.
   */
  public void addRecent(Path path) {
    List<Path> list = recent();
    Path abs = path.toAbsolutePath().normalize();
    list.remove(abs);
    list.add(0, abs);
    for (int i = 0; i < MAX_RECENT; i++) {
      if (i < list.size()) {
        values.setProperty("recent." + i, list.get(i).toString());
      } else {
        values.remove("recent." + i);
      }
    }
  }

  /** Writes the file atomically (temp file, then rename). */
  public void save() throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      values.store(out, "Mapsmith preferences");
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private double number(String key, double fallback) {
    try {
      String v = values.getProperty(key);
      return v == null ? fallback : Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
