package dev.mapsmith.viewer3d.gl;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11C;

/**
 * A thread that owns one OpenGL context and runs tasks on it in order. Every GL call, and every GL
 * object's creation and deletion, happens in a task. {@link #close()} runs the queued tasks, then
 * the close hooks, then destroys the context. With the system property {@value #FAIL_ON_ERROR} set
 * to true, a task during which GL reported an error fails with {@link GlErrorException}.
 */
public final class RenderThread implements AutoCloseable {

  private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
  private final Thread thread;
  private final CompletableFuture<Void> started = new CompletableFuture<>();

  /** System property that makes any GL error fail the task it happened in. */
  public static final String FAIL_ON_ERROR = "mapsmith.gl.failOnError";

  private final boolean failOnError = Boolean.getBoolean(FAIL_ON_ERROR);
  private volatile boolean closing;
  private GlContext context;
  private GlObjects objects;
  private GlDebugLog debugLog;
  private String renderer;

  private RenderThread(String name, boolean debug) {
    thread = new Thread(() -> run(debug), name);
    thread.setDaemon(true);
  }

  /** Starts the thread and waits until its context is current; throws if none can be made. */
  public static RenderThread start(String name, boolean debug) {
    RenderThread t = new RenderThread(name, debug);
    t.thread.start();
    try {
      t.started.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting " + name, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("render thread could not start: " + e.getCause(), e);
    }
    return t;
  }

  private void run(boolean debug) {
    try {
      context = GlContexts.createCurrent(debug);
      GL.createCapabilities();
      objects = new GlObjects();
      debugLog = new GlDebugLog();
      renderer = GL11C.glGetString(GL11C.GL_RENDERER) + ", " + GL11C.glGetString(GL11C.GL_VERSION);
    } catch (Throwable e) {
      if (context != null) {
        context.close();
      }
      started.completeExceptionally(e);
      return;
    }
    started.complete(null);
    try {
      while (true) {
        Runnable task = tasks.take();
        task.run();
        if (closing && tasks.isEmpty()) {
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      debugLog.close();
      GL.setCapabilities(null);
      context.close();
    }
  }

  /** Runs a task on the render thread; the future completes with its result or failure. */
  public synchronized <T> CompletableFuture<T> submit(Callable<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    if (closing) {
      result.completeExceptionally(new IllegalStateException("render thread is closed"));
      return result;
    }
    tasks.add(
        () -> {
          try {
            int before = debugLog.count();
            T value = task.call();
            debugLog.checkGetError("task");
            List<String> errors = debugLog.since(before);
            if (failOnError && !errors.isEmpty()) {
              throw new GlErrorException(errors);
            }
            result.complete(value);
          } catch (Throwable e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }

  /** Runs a task on the render thread and waits for it; runs it inline when already there. */
  public <T> T call(Callable<T> task) {
    if (isRenderThread()) {
      try {
        return task.call();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }
    try {
      return submit(task).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** Runs an action on the render thread and waits for it. */
  public void run(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }

  public boolean isRenderThread() {
    return Thread.currentThread() == thread;
  }

  /** The GL object registry; use on the render thread only. */
  public GlObjects objects() {
    return objects;
  }

  /** Errors GL reported so far. */
  public GlDebugLog debugLog() {
    return debugLog;
  }

  /** The context's kind, GL renderer and version, e.g. "EGL surfaceless 1.5: llvmpipe, 4.5". */
  public String description() {
    return context.description() + ": " + renderer;
  }

  /** Runs what is queued, then destroys the context and ends the thread. Waits for it. */
  @Override
  public void close() {
    synchronized (this) {
      if (closing) {
        return;
      }
      closing = true;
      tasks.add(() -> {});
    }
    if (!isRenderThread()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
