package dev.mapsmith.batch;

import dev.mapsmith.core.task.CancelledException;
import dev.mapsmith.core.task.ProgressMonitor;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Reports the job's tasks to a {@link ProgressMonitor} (one slice per stage) and cancels the Spark
 * jobs when the monitor is cancelled (Ctrl+C on the command line).
 */
final class SparkProgress extends SparkListener implements AutoCloseable {

  private final JavaSparkContext jsc;
  private final ProgressMonitor monitor;
  private final AtomicInteger done = new AtomicInteger();
  private final Thread watcher;
  private volatile int total = 1;
  private volatile ProgressMonitor slice;
  private volatile String label = "";

  private SparkProgress(JavaSparkContext jsc, ProgressMonitor monitor) {
    this.jsc = jsc;
    this.monitor = monitor;
    this.slice = monitor;
    this.watcher = new Thread(this::watch, "mapsmith-batch-cancel");
    watcher.setDaemon(true);
  }

  static SparkProgress attach(JavaSparkContext jsc, ProgressMonitor monitor) {
    SparkProgress p = new SparkProgress(jsc, monitor);
    jsc.sc().addSparkListener(p);
    p.watcher.start();
    return p;
  }

  void stage(String what, double from, double to) {
    checkCancelled();
    label = what;
    slice = monitor.slice(from, to);
    done.set(0);
    slice.progress(0, what);
  }

  void checkCancelled() {
    if (monitor.isCancelled()) {
      throw new CancelledException();
    }
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted s) {
    total = Math.max(1, s.stageInfo().numTasks());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd e) {
    int n = done.incrementAndGet();
    slice.progress(Math.min(1, (double) n / total), label + ": " + n + " of " + total + " tasks");
  }

  private void watch() {
    while (!Thread.currentThread().isInterrupted()) {
      if (monitor.isCancelled()) {
        jsc.cancelAllJobs();
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    watcher.interrupt();
    jsc.sc().removeSparkListener(this);
  }
}
