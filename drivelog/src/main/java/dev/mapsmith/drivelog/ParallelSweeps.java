package dev.mapsmith.drivelog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs numbered tasks on a few threads of their own (the caller's thread is one of them): each
 * thread takes the next number until none are left or a task fails; the first failure is thrown
 * once all threads have stopped. The work a reader splits this way is its own unit (a sweep, or an
 * MCAP chunk of sweeps).
 */
public final class ParallelSweeps {

  /** One unit of work. */
  @FunctionalInterface
  public interface Task {
    void run(int index) throws DriveLogException;
  }

  /** Makes a per-thread state (e.g. reusable buffers) for the tasks one thread runs. */
  @FunctionalInterface
  public interface Worker {
    Task start();
  }

  private ParallelSweeps() {}

  /** Runs {@code task(0..count-1)} on {@code threads} threads. */
  public static void run(int count, int threads, Task task) throws DriveLogException {
    run(count, threads, () -> task);
  }

  /** Runs tasks {@code 0..count-1} on {@code threads} threads, each with its worker's state. */
  public static void run(int count, int threads, Worker worker) throws DriveLogException {
    int n = Math.max(1, Math.min(threads, count));
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    Task[] perThread = new Task[n];
    List<Future<?>> others = new ArrayList<>();
    var pool = n > 1 ? java.util.concurrent.Executors.newFixedThreadPool(n - 1, daemon()) : null;
    try {
      for (int k = 1; k < n; k++) {
        int slot = k;
        others.add(
            pool.submit(
                () -> {
                  perThread[slot] = worker.start();
                  drain(next, failed, count, perThread[slot]);
                  return null;
                }));
      }
      DriveLogException first = null;
      try {
        perThread[0] = worker.start();
        drain(next, failed, count, perThread[0]);
      } catch (DriveLogException | RuntimeException e) {
        failed.set(true);
        first = asDriveLog(e, first);
      }
      for (Future<?> f : others) {
        try {
          f.get();
        } catch (ExecutionException e) {
          first = asDriveLog(e.getCause(), first);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failed.set(true);
          throw new IllegalStateException("interrupted while reading sweeps", e);
        }
      }
      if (first != null) {
        throw first;
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      for (Task t : perThread) {
        if (t instanceof AutoCloseable c) {
          try {
            c.close();
          } catch (Exception ignored) {
            // releasing scratch buffers cannot fail in a way the caller can act on
          }
        }
      }
    }
  }

  private static void drain(AtomicInteger next, AtomicBoolean failed, int count, Task task)
      throws DriveLogException {
    try {
      for (int i; !failed.get() && (i = next.getAndIncrement()) < count; ) {
        task.run(i);
      }
    } catch (DriveLogException | RuntimeException | Error e) {
      failed.set(true);
      throw e;
    }
  }

  private static DriveLogException asDriveLog(Throwable e, DriveLogException first) {
    if (first != null) {
      return first;
    }
    if (e instanceof DriveLogException d) {
      return d;
    }
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException(e);
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "sweep-reader");
      t.setDaemon(true);
      return t;
    };
  }
}
