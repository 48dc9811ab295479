package dev.mapsmith.labeling.export.mcap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Makes message payloads (loading sweeps, encoding JSON) on all cores a few messages ahead of the
 * writer, which takes them strictly in order; at most {@code 4 × threads} are held at once.
 */
final class PayloadPipeline implements AutoCloseable {

  private final int count;
  private final IntFunction<FoxgloveExport.ExportPlan.Payload> source;
  private final ExecutorService pool;
  private final int window;
  private final Deque<Future<byte[]>> ahead = new ArrayDeque<>();
  private int submitted;

  PayloadPipeline(int count, IntFunction<FoxgloveExport.ExportPlan.Payload> source) {
    this.count = count;
    this.source = source;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.window = 4 * threads;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "mcap-export");
              t.setDaemon(true);
              return t;
            });
  }

  /** The payload of message {@code i}; calls must come in order 0, 1, 2, .... */
  byte[] get(int i) throws IOException {
    while (submitted < count && submitted < i + window) {
      FoxgloveExport.ExportPlan.Payload p = source.apply(submitted++);
      ahead.add(pool.submit(p::make));
    }
    try {
      return ahead.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      throw new UncheckedIOException(new IOException(c));
    }
  }

  @Override
  public void close() {
    ahead.forEach(f -> f.cancel(true));
    pool.shutdownNow();
  }
}
