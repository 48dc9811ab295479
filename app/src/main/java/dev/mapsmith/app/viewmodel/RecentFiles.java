package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.LogModel;
import java.io.IOException;
import java.nio.file.Path;

/** Notes opened drives and projects in the preferences' recent list and saves it at once. */
final class RecentFiles {

  private final AppPreferences prefs;
  private final LogModel log;

  /** {@code prefs} may be null (nothing is remembered). */
  RecentFiles(AppPreferences prefs, LogModel log) {
    this.prefs = prefs;
    this.log = log;
  }

  void add(Path path) {
    if (prefs == null || path == null) {
      return;
    }
    prefs.addRecent(path);
    try {
      prefs.save();
    } catch (IOException e) {
      log.error("cannot save preferences: " + e.getMessage());
    }
  }
}
