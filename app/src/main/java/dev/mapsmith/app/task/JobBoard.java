package dev.mapsmith.app.task;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the status bar shows about jobs: the newest running job, its progress and message. Changed
 * only on the UI thread. Works without the JavaFX toolkit (plain properties).
 */
public final class JobBoard {

  private final List<Job> running = new ArrayList<>();
  private final ObjectProperty<Job> current = new SimpleObjectProperty<>(this, "current");
  private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
  private final StringProperty message = new SimpleStringProperty(this, "message", "");
  private final StringProperty lastFailure = new SimpleStringProperty(this, "lastFailure");

  public ObjectProperty<Job> currentProperty() {
    return current;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }

  public StringProperty messageProperty() {
    return message;
  }

  /** Cancels the job the status bar shows; does nothing when none runs. */
  public void cancelCurrent() {
    Job job = current.get();
    if (job != null) {
      job.cancel();
      message.set("cancelling " + job.title() + "...");
    }
  }

  /** The latest failure, "title: reason", for a dialog; set each time a job fails. */
  public StringProperty lastFailureProperty() {
    return lastFailure;
  }

  void failed(Job job, String reason) {
    lastFailure.set(null);
    lastFailure.set(job.title() + ": " + reason);
  }

  public int runningCount() {
    return running.size();
  }

  void started(Job job) {
    running.add(job);
    current.set(job);
    progress.set(0);
    message.set(job.title());
  }

  void progressed(Job job, double fraction, String text) {
    if (current.get() == job) {
      progress.set(fraction);
      message.set(text.isEmpty() ? job.title() : job.title() + ": " + text);
    }
  }

  void ended(Job job) {
    running.remove(job);
    if (current.get() == job) {
      current.set(running.isEmpty() ? null : running.get(running.size() - 1));
      progress.set(0);
      message.set(current.get() == null ? "" : current.get().title());
    }
  }
}
