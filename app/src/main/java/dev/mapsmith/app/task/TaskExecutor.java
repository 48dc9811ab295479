package dev.mapsmith.app.task;

import java.util.function.Consumer;

/**
 * Runs long work off the UI thread and reports back on it. The result and any failure are delivered
 * on the UI thread; a cancelled job delivers neither and is logged as cancelled.
 */
public interface TaskExecutor {

  <T> Job submit(String title, Work<T> work, Consumer<? super T> onSuccess);

  /** The jobs that are running or queued, for the status bar. */
  JobBoard board();
}
