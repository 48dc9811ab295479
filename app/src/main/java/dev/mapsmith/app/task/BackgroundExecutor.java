package dev.mapsmith.app.task;

import dev.mapsmith.core.task.CancelledException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The app's {@link TaskExecutor}: a small pool of daemon worker threads; results, failures and
 * progress are handed to the UI executor ({@code Platform::runLater} in the app, direct in tests).
 */
public final class BackgroundExecutor implements TaskExecutor, AutoCloseable {

  private final ExecutorService workers;
  private final java.util.concurrent.Executor ui;
  private final JobBoard board = new JobBoard();
  private final LogModel log;

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
    try {
      job.checkCancelled();
      T result = work.run(job);
      job.checkCancelled();
      ui.execute(
          () -> {
            board.ended(job);
            try {
              onSuccess.accept(result);
              log.info("finished: " + job.title());
              job.finish(Job.Outcome.SUCCEEDED);
            } catch (RuntimeException e) {
              log.error(job.title() + " failed: " + describe(e));
              board.failed(job, describe(e));
              job.finish(Job.Outcome.FAILED);
            }
          });
    } catch (CancelledException e) {
      ui.execute(
          () -> {
            board.ended(job);
            log.info("cancelled: " + job.title() + " (nothing was changed)");
            job.finish(Job.Outcome.CANCELLED);
          });
    } catch (Exception | LinkageError e) {
      ui.execute(
          () -> {
            board.ended(job);
            log.error(job.title() + " failed: " + describe(e));
            board.failed(job, describe(e));
            job.finish(Job.Outcome.FAILED);
          });
    }
  }

  /** A one-line description of a failure for the log and dialogs. */
  public static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
