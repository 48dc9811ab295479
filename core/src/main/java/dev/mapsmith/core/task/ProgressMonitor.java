package dev.mapsmith.core.task;

/**
 * What long work reports to and asks whether to stop. The command line shows it as a progress bar
 * and cancels on Ctrl+C; the app shows it in the status bar with a cancel button. Implementations
 * must be thread-safe: parallel work reports from several threads.
 */
public interface ProgressMonitor {

  /** A monitor that shows nothing and never cancels. */
  ProgressMonitor NONE =
      new ProgressMonitor() {
        @Override
        public void progress(double fraction, String message) {}

        @Override
        public boolean isCancelled() {
          return false;
        }
      };

  /** Reports how far the work is, {@code fraction} in [0, 1], with a short message. */
  void progress(double fraction, String message);

  boolean isCancelled();

  /** Throws {@link CancelledException} once cancel has been asked for. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancelledException();
    }
  }

  /** A view of this monitor for a sub-task that covers [from, to] of the whole. */
  default ProgressMonitor slice(double from, double to) {
    ProgressMonitor outer = this;
    return new ProgressMonitor() {
      @Override
      public void progress(double fraction, String message) {
        outer.progress(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
      }

      @Override
      public boolean isCancelled() {
        return outer.isCancelled();
      }
    };
  }
}
