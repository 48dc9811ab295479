package dev.mapsmith.app.task;

import dev.mapsmith.core.task.CancelledException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The app's {@link TaskExecutor}: a small pool of daemon worker threads; results, failures and
 * progress are handed to the UI executor ({@code Platform::runLater} in the app, direct in tests).
 * Every job ends, whatever the work throws (an {@link Error} too), with a one-line {@link
 * Job#report()} that is also logged.
 */
public final class BackgroundExecutor implements TaskExecutor, AutoCloseable {

  private final ExecutorService workers;
  private final java.util.concurrent.Executor ui;
  private final JobBoard board = new JobBoard();
  private final LogModel log;
  private final Set<Job> running = ConcurrentHashMap.newKeySet();

  /** How long {@link #close()} waits for running jobs. */
  public static final int CLOSE_WAIT_SECONDS = 30;

  public BackgroundExecutor(java.util.concurrent.Executor ui, LogModel log, int threads) {
    this.ui = ui;
    this.log = log;
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "mapsmith-job-" + n.incrementAndGet());
              t.setDaemon(true);
              t.setPriority(Thread.NORM_PRIORITY - 1);
              return t;
            });
  }

  @Override
  public JobBoard board() {
    return board;
  }

  @Override
  public <T> Job submit(String title, Work<T> work, Consumer<? super T> onSuccess) {
    Job[] holder = new Job[1];
    Job job =
        new Job(title, new CoalescingProgress(ui, (f, m) -> board.progressed(holder[0], f, m)));
    holder[0] = job;
    ui.execute(
        () -> {
          board.started(job);
          log.info("started: " + title);
        });
    workers.execute(() -> runJob(job, work, onSuccess));
    return job;
  }

  private <T> void runJob(Job job, Work<T> work, Consumer<? super T> onSuccess) {
    running.add(job);
    try {
      T result;
      try {
        job.checkCancelled();
        result = work.run(job);
      } catch (CancelledException e) {
        end(job, Job.Outcome.CANCELLED, "cancelled: " + job.title() + " (nothing was changed)");
        return;
      } catch (Throwable e) { // an Error (out of memory, say) ends the job too, never "running"
        fail(job, e);
        return;
      }
      // the work has returned: whatever it changed is changed, so a late cancel is not reported
      boolean lateCancel = job.isCancelled();
      ui.execute(
          () -> {
            try {
              onSuccess.accept(result);
            } catch (RuntimeException e) {
              fail(job, e);
              return;
            }
            String summary = result instanceof Reported r ? r.summary() : "";
            end(
                job,
                Job.Outcome.SUCCEEDED,
                "finished: "
                    + job.title()
                    + (summary.isEmpty() ? "" : ": " + summary)
                    + (lateCancel ? " (the cancel came after the work was done)" : ""));
          });
    } finally {
      running.remove(job);
    }
  }

  private void fail(Job job, Throwable e) {
    ui.execute(
        () -> {
          board.failed(job, describe(e));
          end(job, Job.Outcome.FAILED, "failed: " + job.title() + ": " + describe(e));
        });
  }

  private void end(Job job, Job.Outcome outcome, String report) {
    ui.execute(
        () -> {
          board.ended(job);
          if (outcome == Job.Outcome.FAILED) {
            log.error(report);
          } else {
            log.info(report);
          }
          job.finish(outcome, report);
        });
  }

  /** A one-line description of a failure for the log and dialogs. */
  public static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /**
   * Asks running jobs to stop, takes no new ones and waits (up to {@link #CLOSE_WAIT_SECONDS}) for
   * those running to end, so that none is cut off half way through writing.
   */
  @Override
  public void close() {
    workers.shutdown();
    running.forEach(Job::cancel);
    try {
      if (!workers.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        log.error("jobs still running after " + CLOSE_WAIT_SECONDS + " s: " + running.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
