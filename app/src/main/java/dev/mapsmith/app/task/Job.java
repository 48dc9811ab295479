package dev.mapsmith.app.task;

import dev.mapsmith.core.task.ProgressMonitor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One submitted job: its title, the monitor the work reports to, and a future that completes (on
 * the UI thread) when it has finished, failed or been cancelled.
 */
public final class Job implements ProgressMonitor {

  /** How a job ended. */
  public enum Outcome {
    SUCCEEDED,
    FAILED,
    CANCELLED
  }

  private final String title;
  private final ProgressMonitor sink;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final CompletableFuture<Outcome> done = new CompletableFuture<>();
  private volatile String report = "";

  Job(String title, ProgressMonitor sink) {
    this.title = title;
    this.sink = sink;
  }

  public String title() {
    return title;
  }

  /** Asks the work to stop; it stops at its next {@code checkCancelled()}. */
  public void cancel() {
    cancelled.set(true);
  }

  @Override
  public boolean isCancelled() {
    return cancelled.get();
  }

  @Override
  public void progress(double fraction, String message) {
    sink.progress(fraction, message);
  }

  /** Completes on the UI thread once the job has ended. */
  public CompletableFuture<Outcome> done() {
    return done;
  }

  /**
   * What the job did, one line, set when it ends: "finished: TITLE" (with what the work reported,
   * see {@link Reported}), "failed: TITLE: REASON" or "cancelled: TITLE (nothing was changed)". A
   * cancel that comes after the work has returned (its changes are made) does not undo them: the
   * job ends SUCCEEDED and the report says so.
   */
  public String report() {
    return report;
  }

  void finish(Outcome outcome, String report) {
    this.report = report;
    done.complete(outcome);
  }
}
