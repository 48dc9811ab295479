package dev.mapsmith.app.task;

import dev.mapsmith.core.task.ProgressMonitor;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Forwards progress from worker threads to the UI thread without flooding it: however often the
 * work reports, at most one update is queued on the UI thread at a time, and it shows the latest.
 */
final class CoalescingProgress implements ProgressMonitor {

  private record Update(double fraction, String message) {}

  private final Executor ui;
  private final BiConsumer<Double, String> listener;
  private final AtomicReference<Update> latest = new AtomicReference<>();
  private final AtomicBoolean queued = new AtomicBoolean();

  CoalescingProgress(Executor ui, BiConsumer<Double, String> listener) {
    this.ui = ui;
    this.listener = listener;
  }

  @Override
  public void progress(double fraction, String message) {
    latest.set(new Update(Math.max(0, Math.min(1, fraction)), message == null ? "" : message));
    if (queued.compareAndSet(false, true)) {
      ui.execute(this::deliver);
    }
  }

  private void deliver() {
    queued.set(false);
    Update u = latest.get();
    if (u != null) {
      listener.accept(u.fraction(), u.message());
    }
  }

  @Override
  public boolean isCancelled() {
    return false;
  }
}
