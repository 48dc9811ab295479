package dev.mapsmith.app.bench;

import dev.mapsmith.app.gui.AppContext;
import dev.mapsmith.app.gui.FxToolkit;
import dev.mapsmith.app.gui.HeadlessFx;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.viewmodel.MainViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures, on Monocle headless with the real modules: cold start (JVM start to the window shown,
 * to the first 3D frame, and to the first complete 3D frame with the drive's lidar), and the
 * longest JavaFX-thread stall while reconstruction and then export run, with the 3D camera orbiting
 * all the while (so frames keep arriving). A stall is the delay of a {@code Platform.runLater}
 * posted every 2 ms by a probe thread.
 *
 * <p>Usage: {@code FxStallProbe DRIVE [WIDTHxHEIGHT]}
 */
public final class FxStallProbe {

  private FxStallProbe() {}

  /** Posts a timestamped runnable every 2 ms; records how late each runs. */
  static final class Pinger implements AutoCloseable {
    private final long[] delaysNs = new long[2_000_000];
    private int n;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;

    Pinger() {
      thread =
          new Thread(
              () -> {
                while (!stop.get()) {
                  long posted = System.nanoTime();
                  Platform.runLater(() -> record(System.nanoTime() - posted));
                  try {
                    Thread.sleep(2);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "stall-probe");
      thread.setDaemon(true);
      thread.start();
    }

    private final long origin = System.nanoTime();

    private long lastCpu;
    private long busyInStallsNs;
    private long stallNs;

    /**
     * Runs on the FX thread. For a late sample, also notes how much CPU the FX thread itself used
     * since the previous sample: little CPU in a long delay means the thread was waiting (a GC
     * pause, the OS scheduler), not busy with the app's work.
     */
    private void record(long ns) {
      long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long used = lastCpu == 0 ? 0 : cpu - lastCpu;
      lastCpu = cpu;
      if (ns > 50_000_000L) {
        busyInStallsNs += Math.min(used, ns);
        stallNs += ns;
        if (Boolean.getBoolean("probe.verbose")) {
          System.out.printf(
              "  stall %.0f ms at uptime %.2f s, FX thread CPU since last sample %.0f ms%n",
              ns / 1e6, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, used / 1e6);
        }
      }
      if (n < delaysNs.length) {
        delaysNs[n++] = ns;
      }
    }

    /** Max and 99th percentile in ms since the last reset; call on the FX thread. */
    String summary() {
      long[] d = Arrays.copyOf(delaysNs, n);
      Arrays.sort(d);
      if (d.length == 0) {
        return "no samples";
      }
      return String.format(
          "samples=%d max=%.1f ms p99=%.1f ms p50=%.2f ms; FX thread busy %.0f ms of %.0f ms in"
              + " delays over 50 ms",
          d.length,
          d[d.length - 1] / 1e6,
          d[(int) (d.length * 0.99)] / 1e6,
          d[d.length / 2] / 1e6,
          busyInStallsNs / 1e6,
          stallNs / 1e6);
    }

    /** The longest delay in ms since the last reset; call on the FX thread. */
    double maxMs() {
      long max = 0;
      for (int i = 0; i < n; i++) {
        max = Math.max(max, delaysNs[i]);
      }
      return max / 1e6;
    }

    private int mark;

    /** Starts a step: {@link #maxSinceMarkNs} looks at the delays from now on. */
    void mark() {
      mark = n;
    }

    /** The longest delay since {@link #mark()}, in ns; call on the FX thread. */
    long maxSinceMarkNs() {
      long max = 0;
      for (int i = mark; i < n; i++) {
        max = Math.max(max, delaysNs[i]);
      }
      return max;
    }

    void reset() {
      mark = 0;
      n = 0;
      busyInStallsNs = 0;
      stallNs = 0;
    }

    @Override
    public void close() {
      stop.set(true);
    }
  }

  public static void main(String[] args) throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    Path drive = Path.of(args[0]);
    String[] size = (args.length > 1 ? args[1] : "1280x800").split("x");
    int w = Integer.parseInt(size[0]), h = Integer.parseInt(size[1]);
    HeadlessFx.configure();
    FxToolkit.start();
    Path tmp = Files.createTempDirectory("mapsmith-probe");
    CompletableFuture<Long> firstFrame = new CompletableFuture<>();
    CompletableFuture<Long> fullFrame = new CompletableFuture<>();
    AppContext ctx =
        FxToolkit.call(
            () -> {
              AppContext c =
                  new AppContext(
                      Services.wired(), AppPreferences.load(tmp.resolve("prefs")), false);
              c.window().setDialogsEnabled(false);
              MainViewModel vm = c.viewModel();
              vm.viewport()
                  .framesProperty()
                  .addListener(
                      (o, a, b) -> {
                        long now = System.currentTimeMillis();
                        firstFrame.complete(now);
                        if (!vm.drives().isEmpty()
                            && vm.tasks().board().runningCount() == 0
                            && !vm.viewport().scene().clouds().isEmpty()
                            && vm.viewport().settled()) {
                          fullFrame.complete(now);
                        }
                      });
              Stage stage = new Stage();
              stage.setScene(c.window().createScene(w, h));
              stage.show();
              vm.open(drive);
              return c;
            },
            60);
    long shown = System.currentTimeMillis();
    long first = firstFrame.get(60, TimeUnit.SECONDS);
    long full = fullFrame.get(120, TimeUnit.SECONDS);
    System.out.printf(
        "cold start: window shown %.2f s, first 3D frame %.2f s, complete 3D frame with the drive's"
            + " lidar %.2f s (from JVM start)%n",
        (shown - jvmStart) / 1e3, (first - jvmStart) / 1e3, (full - jvmStart) / 1e3);
    System.out.println(
        "renderer: " + FxToolkit.call(() -> ctx.viewModel().viewport().rendererDescription(), 10));

    MainViewModel vm = ctx.viewModel();
    try (Pinger ping = new Pinger()) {
      AtomicBoolean orbiting = new AtomicBoolean(!Boolean.getBoolean("probe.still"));
      Thread orbit =
          new Thread(
              () -> {
                while (orbiting.get()) {
                  Platform.runLater(() -> vm.viewport().orbit(4, 0));
                  try {
                    Thread.sleep(33);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      orbit.setDaemon(true);
      orbit.start();
      Thread.sleep(2000);
      print("idle, orbiting", ping, vm);

      Job create = FxToolkit.call(() -> vm.createProject(tmp.resolve("probe.mapsmith")), 10);
      create.done().get(30, TimeUnit.SECONDS);
      FxToolkit.call(
          () -> {
            ping.reset();
            return null;
          },
          10);
      long t0 = System.nanoTime();
      Job recon = FxToolkit.call(() -> vm.reconstruction().reconstruct(null), 10);
      System.out.println("reconstruct: " + recon.done().get(600, TimeUnit.SECONDS));
      System.out.printf("  took %.1f s%n", (System.nanoTime() - t0) / 1e9);
      Thread.sleep(500); // the map reaching the UI, explorer and scene rebuilt
      print("reconstruction (whole corridor) + insert", ping, vm);

      t0 = System.nanoTime();
      Job export = FxToolkit.call(() -> vm.checks().export(tmp.resolve("map.osm")), 10);
      System.out.println("export: " + export.done().get(600, TimeUnit.SECONDS));
      System.out.printf("  took %.2f s%n", (System.nanoTime() - t0) / 1e9);
      Thread.sleep(200);
      print("export lanelet2", ping, vm);
      orbiting.set(false);
    }
    FxToolkit.call(
        () -> {
          ctx.close();
          return null;
        },
        30);
    System.exit(0);
  }

  private static void print(String phase, Pinger ping, MainViewModel vm) throws Exception {
    String s = FxToolkit.call(ping::summary, 10);
    long frames = FxToolkit.call(() -> vm.viewport().framesProperty().get(), 10);
    System.out.println(
        "FX-thread delay during " + phase + ": " + s + " (3D frames so far " + frames + ")");
    FxToolkit.call(
        () -> {
          ping.reset();
          return null;
        },
        10);
  }
}
