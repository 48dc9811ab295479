package dev.mapsmith.viewer3d;

import dev.mapsmith.viewer3d.gl.OffscreenTarget;
import dev.mapsmith.viewer3d.gl.RenderThread;
import dev.mapsmith.viewer3d.render.SceneRenderer;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * An offscreen 3D view with its own render thread and GL context. Any thread may call its methods:
 * setters only record the new state, and {@link #render()} draws the latest state on the render
 * thread when asked (on demand; nothing renders by itself). Rendering while the camera rests
 * refines the level of detail until {@link Frame#complete()}. {@link #close()} frees every GL
 * object on the render thread, then the context.
 */
public final class Viewport implements AutoCloseable {

  /** Fractions of the point budget drawn on the first, second and later frames at rest. */
  private static final double[] REFINE_STEPS = {0.35, 0.7, 1.0};

  private final RenderThread gl;
  private final SceneRenderer renderer;
  private final long defaultBudget;
  private volatile SceneData scene = SceneData.EMPTY;
  private volatile CameraState camera =
      CameraState.orbit(new dev.mapsmith.core.geom.Point3(0, 0, 0), 50);
  private volatile int width;
  private volatile int height;
  private volatile long budget;
  private volatile boolean raw;
  private volatile EyeDomeLighting eyeDome;
  private volatile Consumer<Frame> frameListener = f -> {};
  private final AtomicBoolean renderPending = new AtomicBoolean();
  private volatile boolean closed;

  // Render-thread state.
  private OffscreenTarget target;
  private SceneData drawnScene;
  private CameraState drawnCamera;
  private int refineStep;

  private Viewport(RenderThread gl, int width, int height, ViewportOptions options) {
    this.gl = gl;
    this.width = width;
    this.height = height;
    this.renderer = gl.call(() -> new SceneRenderer(gl.objects()));
    boolean software = gl.description().matches("(?i).*(llvmpipe|softpipe|swrast|swiftshader).*");
    this.defaultBudget = software ? ViewportOptions.SOFTWARE_BUDGET : ViewportOptions.GPU_BUDGET;
    this.budget = options.pointBudget() > 0 ? options.pointBudget() : defaultBudget;
  }

  /** Starts a viewport of the given pixel size with default options. */
  public static Viewport start(int width, int height) {
    return start(width, height, ViewportOptions.DEFAULTS);
  }

  /** Starts a viewport; throws IllegalStateException when no GL context can be made. */
  public static Viewport start(int width, int height, ViewportOptions options) {
    checkSize(width, height);
    RenderThread gl = RenderThread.start("mapsmith-render", options.debugContext());
    try {
      return new Viewport(gl, width, height, options);
    } catch (RuntimeException e) {
      gl.close();
      throw e;
    }
  }

  private static void checkSize(int width, int height) {
    if (width < 1 || height < 1 || width > 16384 || height > 16384) {
      throw new IllegalArgumentException("bad viewport size " + width + "x" + height);
    }
  }

  public void setScene(SceneData s) {
    scene = Objects.requireNonNull(s, "scene");
  }

  public SceneData scene() {
    return scene;
  }

  public void setCamera(CameraState c) {
    camera = Objects.requireNonNull(c, "camera");
  }

  public CameraState camera() {
    return camera;
  }

  /** The next render uses this pixel size. */
  public void resize(int w, int h) {
    checkSize(w, h);
    width = w;
    height = h;
  }

  public long pointBudget() {
    return budget;
  }

  /** Cloud points drawn at most per frame at rest; 0 restores the default for this renderer. */
  public void setPointBudget(long points) {
    budget = points > 0 ? points : defaultBudget;
  }

  /** Draws every point with no level of detail (for comparisons); off by default. */
  public void setRawPoints(boolean drawAll) {
    raw = drawAll;
  }

  /** Turns eye-dome lighting on with these settings, or off with null; off by default. */
  public void setEyeDomeLighting(EyeDomeLighting edl) {
    eyeDome = edl;
  }

  /** The eye-dome lighting in use, or null when it is off. */
  public EyeDomeLighting eyeDomeLighting() {
    return eyeDome;
  }

  /** Renders the current scene and camera; the future completes on the render thread. */
  public CompletableFuture<Frame> render() {
    return gl.submit(this::renderNow);
  }

  /**
   * Where {@link #requestRender()} delivers frames; called on the render thread, so hand the pixels
   * on quickly (e.g. copy them into a JavaFX PixelBuffer with {@code Platform.runLater}).
   */
  public void setFrameListener(Consumer<Frame> listener) {
    frameListener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Asks for a frame of the latest scene and camera, delivered to the frame listener. Requests made
   * before the render thread gets to a pending one merge into it (so an input handler may call this
   * on every event). While the camera rests and the frame is not {@link Frame#complete()}, the
   * viewport renders again by itself, refining the level of detail until it is.
   */
  public void requestRender() {
    if (renderPending.compareAndSet(false, true)) {
      gl.submit(this::renderRequested)
          .exceptionally(
              e -> {
                renderPending.set(false);
                return null;
              });
    }
  }

  private Void renderRequested() {
    renderPending.set(false);
    if (closed) {
      return null;
    }
    Frame f = renderNow();
    frameListener.accept(f);
    if (!f.complete()) {
      requestRender(); // queued behind other tasks (picks), so the loop never blocks them
    }
    return null;
  }

  /** Renders until the level of detail is complete (for stills and headless output). */
  public CompletableFuture<Frame> renderComplete() {
    return gl.submit(
        () -> {
          Frame f = renderNow();
          for (int i = 0; i < REFINE_STEPS.length && !f.complete(); i++) {
            f = renderNow();
          }
          return f;
        });
  }

  /**
   * What lies at pixel (x, y) of the image (row 0 at the top), within a few pixels. Uses the last
   * frame when nothing changed since, else renders first.
   */
  public CompletableFuture<PickResult> pick(int x, int y) {
    return gl.submit(
        () -> {
          if (target == null || changedSinceDraw()) {
            renderNow();
          }
          return renderer.pick(target, x, y, 4);
        });
  }

  private boolean changedSinceDraw() {
    return scene != drawnScene
        || !camera.equals(drawnCamera)
        || target.width() != width
        || target.height() != height;
  }

  private Frame renderNow() {
    if (closed) {
      throw new IllegalStateException("viewport is closed");
    }
    SceneData s = scene;
    CameraState c = camera;
    if (target == null || target.width() != width || target.height() != height) {
      if (target != null) {
        target.close();
      }
      target = new OffscreenTarget(gl.objects(), width, height);
      refineStep = 0;
    }
    if (s != drawnScene) {
      renderer.setScene(s);
      refineStep = 0;
    } else if (c.equals(drawnCamera)) {
      refineStep = Math.min(refineStep + 1, REFINE_STEPS.length - 1);
    } else {
      refineStep = 0;
    }
    drawnScene = s;
    drawnCamera = c;
    long b = (long) Math.ceil(budget * REFINE_STEPS[refineStep]);
    long total = renderer.totalPoints();
    renderer.setEyeDome(eyeDome);
    long drawn = renderer.draw(target, c, raw ? Long.MAX_VALUE : b, raw);
    int[] argb = target.readArgb();
    boolean complete = raw || refineStep == REFINE_STEPS.length - 1 || drawn >= total;
    return new Frame(target.width(), target.height(), argb, drawn, total, complete);
  }

  /** The GL context and renderer in words, e.g. "EGL surfaceless 1.5: llvmpipe (...), 4.5 ...". */
  public String description() {
    return gl.description();
  }

  /** GL objects alive on this viewport's context (waits for the render thread). */
  public int liveGlObjects() {
    return gl.call(() -> gl.objects().liveCount());
  }

  /** GL errors reported so far (KHR_debug and glGetError). */
  public List<String> glErrors() {
    return gl.debugLog().errors();
  }

  /** Frees every GL object on the render thread, destroys the context and ends the thread. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      gl.run(
          () -> {
            renderer.close();
            if (target != null) {
              target.close();
              target = null;
            }
            if (gl.objects().liveCount() != 0) {
              throw new IllegalStateException(
                  "GL objects left alive: " + gl.objects().liveByKind());
            }
          });
    } finally {
      gl.close();
    }
  }
}
