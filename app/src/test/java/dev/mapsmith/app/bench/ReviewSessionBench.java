package dev.mapsmith.app.bench;

import dev.mapsmith.app.gui.AppContext;
import dev.mapsmith.app.gui.FxToolkit;
import dev.mapsmith.app.gui.HeadlessFx;
import dev.mapsmith.app.ops.DemoSetup;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.view.PlanCoordinates;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.sampledrives.DemoDrive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The scripted review session of issue 22 on the demo area, on Monocle headless with the real
 * modules: a fresh demo project (the demo drive, its middle third reconstructed), then 100 of its
 * automatic primitives reviewed by input events (accept 90, fix 5 by moving a vertex, delete 3,
 * draw 2; {@link ReviewScript}). Prints the input events, the wall time and the longest JavaFX
 * thread stall (a {@code runLater} posted every 2 ms, {@link FxStallProbe.Pinger}).
 *
 * <p>Usage: {@code ReviewSessionBench [PRIMITIVES] [CACHE_DIR]} (default 100, the demo's cache).
 * When the demo area holds fewer automatic primitives, the drive's whole corridor is reconstructed
 * too (as Ctrl+R without an area does), and the session reviews at most what there is.
 */
public final class ReviewSessionBench {

  private ReviewSessionBench() {}

  public static void main(String[] args) throws Exception {
    int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    Path cache = args.length > 1 ? Path.of(args[1]) : DemoDrive.defaultCacheDir();
    HeadlessFx.configure();
    FxToolkit.start();
    Path tmp = Files.createTempDirectory("mapsmith-review");
    Services services = Services.wired();
    long p0 = System.nanoTime();
    DemoSetup.Result demo =
        DemoSetup.prepare(
            null,
            cache,
            services.demo(),
            tmp.resolve("demo.mapsmith"),
            services.reconstruction(),
            ProgressMonitor.NONE);
    System.out.printf(
        "demo prepared in %.1f s: %d primitives%n",
        (System.nanoTime() - p0) / 1e9, demo.primitives());
    Scene[] scene = new Scene[1];
    AppContext ctx =
        FxToolkit.call(
            () -> {
              AppContext c =
                  new AppContext(services, AppPreferences.load(tmp.resolve("prefs")), false);
              c.window().setDialogsEnabled(false);
              Stage stage = new Stage();
              scene[0] = c.window().createScene(1280, 800);
              stage.setScene(scene[0]);
              stage.show();
              ((TabPane) scene[0].lookup(".tab-pane")).getSelectionModel().select(1);
              return c;
            },
            60);
    MainViewModel vm = ctx.viewModel();
    finish(FxToolkit.call(() -> vm.open(demo.drive()), 10), 120);
    finish(FxToolkit.call(() -> vm.open(demo.project()), 10), 60);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (FxToolkit.call(() -> vm.tasks().board().runningCount(), 10) > 0
        && System.nanoTime() < deadline) {
      Thread.sleep(100); // the lidar for the 3D view and the ground heights
    }
    long auto = automatic(vm);
    if (auto < wanted) {
      // the demo area holds fewer: reconstruct the drive's whole corridor as well (Ctrl+R, no area)
      long r0 = System.nanoTime();
      finish(FxToolkit.call(() -> vm.reconstruction().reconstruct(null), 10), 1800);
      System.out.printf(
          "the demo area has %d automatic primitives; the whole corridor reconstructed in %.1f s%n",
          auto, (System.nanoTime() - r0) / 1e9);
      auto = automatic(vm);
    }
    int n = (int) Math.min(wanted, auto);
    ReviewScript.Plan plan =
        n == 100 ? new ReviewScript.Plan(90, 5, 3, 2) : ReviewScript.Plan.scaled(n);
    PlanCoordinates top = ctx.window().topView();
    ReviewScript script =
        new ReviewScript(
            scene[0],
            vm,
            top,
            new ReviewScript.OnFx() {
              @Override
              public <T> T call(Callable<T> work) throws Exception {
                return FxToolkit.call(
                    () -> {
                      try {
                        return work.call();
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    },
                    30);
              }
            });
    ReviewScript.Outcome out;
    double stall;
    try (FxStallProbe.Pinger ping = new FxStallProbe.Pinger()) {
      out = script.run(plan);
      stall = FxToolkit.call(ping::maxMs, 10);
      System.out.println("stall probe: " + FxToolkit.call(ping::summary, 10));
    }
    System.out.printf(
        "review session: %d automatic primitives of the demo area (%d there), plan %s: %d input"
            + " events, %.1f s wall, longest FX-thread stall %.1f ms, %d left automatic%n",
        n, auto, plan, out.events(), out.wallNs() / 1e9, stall, out.autoLeft());
    FxToolkit.call(
        () -> {
          ctx.close();
          return null;
        },
        30);
    System.exit(0);
  }

  private static long automatic(MainViewModel vm) throws Exception {
    return FxToolkit.call(
        () ->
            vm.mapProperty().get().primitives().stream()
                .filter(p -> p.review() == ReviewState.AUTO)
                .count(),
        10);
  }

  private static void finish(Job job, long seconds) throws Exception {
    if (job == null || job.done().get(seconds, TimeUnit.SECONDS) != Job.Outcome.SUCCEEDED) {
      throw new IllegalStateException("could not open the demo: " + job);
    }
  }
}
