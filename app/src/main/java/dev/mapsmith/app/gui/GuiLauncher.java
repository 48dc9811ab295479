package dev.mapsmith.app.gui;

import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.prefs.WindowBounds;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.Work;
import dev.mapsmith.app.view.ProgressDialog;
import dev.mapsmith.app.viewmodel.MainViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/** Opens the main window, interactively or just long enough to render a screenshot. */
public final class GuiLauncher {

  private GuiLauncher() {}

  /**
   * Shows the main window, opens {@code path} (a drive or project, may be null) and returns once
   * the window is closed. Window layout and recent files are remembered.
   */
  public static void interactive(Services services, Path path) throws Exception {
    interactive(services, path, null);
  }

  /**
   * Like {@link #interactive(Services, Path)}, but first runs {@code prepare} in the background
   * behind a progress dialog (with Cancel) and then opens the path it returns.
   */
  public static void interactive(Services services, Path path, Work<Path> prepare)
      throws Exception {
    FxToolkit.start(); // left running: Main exits the JVM, and tests share one toolkit
    AppPreferences prefs = AppPreferences.load(AppPreferences.defaultDir());
    CountDownLatch closed = new CountDownLatch(1);
    AppContext ctx =
        FxToolkit.call(
            () -> {
              AppContext c = new AppContext(services, prefs, true);
              Stage stage = new Stage();
              WindowBounds b = prefs.window();
              Scene scene = c.window().createScene(b.width(), b.height());
              stage.setScene(scene);
              stage.titleProperty().bind(c.viewModel().titleProperty());
              if (!Double.isNaN(b.x()) && !Double.isNaN(b.y())) {
                stage.setX(b.x());
                stage.setY(b.y());
              }
              stage.setMaximized(b.maximized());
              stage.setOnHidden(
                  e -> {
                    prefs.setWindow(
                        new WindowBounds(
                            stage.getX(),
                            stage.getY(),
                            stage.getWidth(),
                            stage.getHeight(),
                            stage.isMaximized()));
                    c.window().rememberLayout();
                    closed.countDown();
                  });
              stage.show();
              if (path != null) {
                c.viewModel().open(path);
              }
              if (prepare != null) {
                Job job =
                    c.viewModel()
                        .tasks()
                        .submit("Preparing the demo", prepare, c.viewModel()::open);
                ProgressDialog.show(stage, c.viewModel().tasks().board(), job);
              }
              return c;
            },
            60);
    closed.await();
    try {
      prefs.save();
    } catch (IOException e) {
      System.err.println("mapsmith gui: cannot save preferences: " + e.getMessage());
    }
    FxToolkit.call(
        () -> {
          ctx.close();
          return null;
        },
        30);
  }

  /**
   * Renders the main window with {@code path} loaded to {@code png}, headless; returns facts about
   * the image. Fails, writing nothing, when the path cannot be opened.
   */
  public static Map<String, Object> screenshot(
      Services services, Path path, Path png, int width, int height, double scale)
      throws Exception {
    HeadlessFx.configure();
    long t0 = System.nanoTime();
    FxToolkit.start(); // left running: Main exits the JVM, and tests share one toolkit
    Path emptyPrefs = Files.createTempDirectory("mapsmith-prefs");
    Stage[] stage = new Stage[1];
    AppContext ctx =
        FxToolkit.call(
            () -> {
              AppContext c = new AppContext(services, AppPreferences.load(emptyPrefs), false);
              c.window().setDialogsEnabled(false);
              stage[0] = new Stage();
              stage[0].setScene(c.window().createScene(width, height));
              // not shown: a snapshot lays the scene out by itself, and Monocle's headless
              // screen (1280x800) cannot hold a larger window
              return c;
            },
            60);
    try {
      if (path != null) {
        waitUntilOpened(ctx.viewModel(), path);
      }
      FxToolkit.call(
          () -> {
            javafx.scene.Parent root = stage[0].getScene().getRoot();
            root.resize(width, height);
            root.applyCss();
            root.layout();
            return null;
          },
          30);
      settle(ctx.viewModel());
      WritableImage image =
          FxToolkit.call(() -> Screenshot.capture(stage[0].getScene().getRoot(), scale), 60);
      Screenshot.writePng(image, png);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("screenshot", png.toAbsolutePath().toString());
      result.put("width", (int) image.getWidth());
      result.put("height", (int) image.getHeight());
      result.put("opened", path == null ? null : path.toString());
      result.put("drives", ctx.viewModel().drives().size());
      result.put("seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
      return result;
    } finally {
      FxToolkit.call(
          () -> {
            ctx.close();
            return null;
          },
          30);
      Files.deleteIfExists(emptyPrefs);
    }
  }

  private static void waitUntilOpened(MainViewModel vm, Path path) throws Exception {
    String[] alert = new String[1];
    Job job =
        FxToolkit.call(
            () -> {
              Job j = vm.open(path);
              alert[0] = vm.alertProperty().get();
              return j;
            },
            30);
    if (job == null) {
      throw new IllegalStateException(alert[0]);
    }
    Job.Outcome outcome = job.done().get(300, TimeUnit.SECONDS);
    if (outcome != Job.Outcome.SUCCEEDED) {
      String why = FxToolkit.call(() -> vm.tasks().board().lastFailureProperty().get(), 10);
      throw new IllegalStateException(why == null ? "opening " + path + " " + outcome : why);
    }
  }

  private static boolean cameraSettled(MainViewModel vm) {
    if (vm.activeDriveProperty().get() == null
        || vm.activeDriveProperty().get().cameras().isEmpty()
        || vm.camera().imageProperty().get() != null) {
      return true;
    }
    String caption = vm.camera().captionProperty().get();
    return caption.contains("unreadable") || caption.contains("no frames");
  }

  /** The 3D view shows a complete frame, or says why it cannot. */
  static boolean viewportSettled(MainViewModel vm) {
    var v = vm.viewport();
    String status = v.statusProperty().get();
    if (!status.isEmpty()) {
      return !status.startsWith("starting");
    }
    return v.settled();
  }

  /**
   * Waits (at most 60 s) for background jobs (e.g. the lidar for the 3D view), the camera frame and
   * a complete 3D frame, then two more pulses so the window is complete.
   */
  static void settle(MainViewModel vm) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    int stable = 0;
    while (System.nanoTime() < deadline) {
      boolean ready =
          FxToolkit.call(
              () ->
                  vm.tasks().board().runningCount() == 0
                      && cameraSettled(vm)
                      && viewportSettled(vm),
              10);
      stable = ready ? stable + 1 : 0;
      if (stable >= 4) { // jobs that start others (a project opens its drives) have settled
        break;
      }
      Thread.sleep(50);
    }
    for (int i = 0; i < 2; i++) {
      Thread.sleep(40);
      FxToolkit.call(() -> null, 10);
    }
  }
}
