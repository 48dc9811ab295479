package dev.mapsmith.app.gui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit without an {@code Application} subclass and runs code on its thread.
 */
public final class FxToolkit {

  private FxToolkit() {}

  /**
   * Starts the toolkit; returns true when this call started it, false when it was already running
   * (as in UI tests). Throws a clear error when there is no display.
   */
  public static boolean start() {
    CountDownLatch started = new CountDownLatch(1);
    try {
      Platform.startup(started::countDown);
    } catch (IllegalStateException alreadyRunning) {
      return false;
    } catch (UnsupportedOperationException noDisplay) {
      throw new IllegalStateException(
          "cannot start the window: no display ("
              + noDisplay.getMessage()
              + "); for a headless image use --screenshot FILE.png");
    }
    try {
      if (!started.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("JavaFX did not start within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting JavaFX", e);
    }
    Platform.setImplicitExit(false);
    return true;
  }

  /** Runs {@code work} on the FX thread and waits for its result (or its exception). */
  public static <T> T call(Supplier<T> work, long timeoutSeconds) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.get());
          } catch (Throwable t) {
            result.completeExceptionally(t);
          }
        });
    try {
      return result.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the UI did not answer within " + timeoutSeconds + " s");
    }
  }
}
