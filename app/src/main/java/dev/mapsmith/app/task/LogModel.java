package dev.mapsmith.app.task;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log console's lines (newest last, at most {@value #MAX_LINES}). Also written to the log file
 * through SLF4J. Appended to on the UI thread only.
 */
public final class LogModel {

  public static final int MAX_LINES = 2000;
  private static final Logger LOG = LoggerFactory.getLogger("mapsmith.ui");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final ObservableList<String> lines = FXCollections.observableArrayList();

  public ObservableList<String> lines() {
    return lines;
  }

  public void info(String message) {
    LOG.info(message);
    append("INFO  " + message);
  }

  public void error(String message) {
    LOG.warn(message);
    append("ERROR " + message);
  }

  private void append(String line) {
    lines.add(LocalTime.now().format(TIME) + " " + line);
    if (lines.size() > MAX_LINES) {
      lines.remove(0, lines.size() - MAX_LINES);
    }
  }
}
