package dev.mapsmith.app.task;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log console's lines (newest last, at most {@value #MAX_LINES}). Also written to the log file
 * through SLF4J. Appended to on the UI thread only.
 *
 * <p>What an action did or why it was refused is also a {@link Notice}: the status bar shows the
 * latest one and a refusal pops up a transient notice where the user is looking (decision 0230).
 */
public final class LogModel {

  public static final int MAX_LINES = 2000;
  private static final Logger LOG = LoggerFactory.getLogger("mapsmith.ui");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final ObservableList<String> lines = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");

  private long notices;

  /**
   * A message for the status bar; {@code refusal} when an action could not be done; {@code serial}
   * tells two equal messages in a row apart.
   */
  public record Notice(String text, boolean refusal, long serial) {}

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

  /** Logs what an action did and shows it in the status bar. */
  public void tell(String message) {
    info(message);
    notice.set(new Notice(message, false, ++notices));
  }

  /** Logs why an action was refused and shows it in the status bar and as a transient notice. */
  public void refuse(String reason) {
    error(reason);
    notice.set(new Notice(reason, true, ++notices));
  }

  /** The latest {@link #tell} or {@link #refuse}, set anew each time (null before the first). */
  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  private void append(String line) {
    lines.add(LocalTime.now().format(TIME) + " " + line);
    if (lines.size() > MAX_LINES) {
      lines.remove(0, lines.size() - MAX_LINES);
    }
  }
}
