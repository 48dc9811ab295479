package dev.mapsmith.core.task;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/** A monitor that forwards progress to a listener and cancels when {@link #cancel()} is called. */
public final class CancelFlag implements ProgressMonitor {

  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final BiConsumer<Double, String> listener;

  public CancelFlag(BiConsumer<Double, String> listener) {
    this.listener = listener;
  }

  public void cancel() {
    cancelled.set(true);
  }

  @Override
  public void progress(double fraction, String message) {
    listener.accept(fraction, message);
  }

  @Override
  public boolean isCancelled() {
    return cancelled.get();
  }
}
