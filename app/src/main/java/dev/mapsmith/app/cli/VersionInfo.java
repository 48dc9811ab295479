package dev.mapsmith.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version that the build wrote into {@code mapsmith-version.properties}. */
public final class VersionInfo {

  private VersionInfo() {}

  public static String version() {
    try (InputStream in = VersionInfo.class.getResourceAsStream("/mapsmith-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
