package dev.mapsmith.app.cli;

import dev.mapsmith.core.task.ProgressMonitor;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Progress on the command line: a one-line bar on stderr (when a person is watching), and
 * cancellation on Ctrl+C. The first Ctrl+C asks the work to stop cleanly; a second one ends the
 * process.
 */
public final class CliProgress implements ProgressMonitor, AutoCloseable {

  private final String task;
  private final boolean visible;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final PrintStream err = System.err;
  private volatile int lastPercent = -1;
  private SignalHandler previous;

  private CliProgress(String task, boolean visible) {
    this.task = task;
    this.visible = visible;
  }

  public static CliProgress start(String task, boolean visible) {
    CliProgress p = new CliProgress(task, visible && System.console() != null);
    try {
      p.previous =
          Signal.handle(
              new Signal("INT"),
              sig -> {
                if (!p.cancelled.compareAndSet(false, true)) {
                  System.exit(130);
                }
                System.err.println("\nmapsmith " + task + ": cancelling...");
              });
    } catch (IllegalArgumentException e) {
      p.previous = null; // no SIGINT on this platform: Ctrl+C ends the process as usual
    }
    return p;
  }

  @Override
  public void progress(double fraction, String message) {
    int percent = (int) Math.round(100 * Math.max(0, Math.min(1, fraction)));
    if (!visible || percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = percent / 5;
    synchronized (err) {
      err.print(
          "\r"
              + task
              + " ["
              + "#".repeat(filled)
              + " ".repeat(20 - filled)
              + "] "
              + percent
              + "% "
              + message
              + "   ");
      err.flush();
    }
  }

  @Override
  public boolean isCancelled() {
    return cancelled.get();
  }

  @Override
  public void close() {
    if (visible && lastPercent >= 0) {
      err.println();
      lastPercent = -1;
    }
    if (previous != null) {
      Signal.handle(new Signal("INT"), previous);
      previous = null;
    }
  }
}
