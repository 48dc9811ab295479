package dev.mapsmith.app.bench;

import dev.mapsmith.app.gui.AppContext;
import dev.mapsmith.app.gui.FxToolkit;
import dev.mapsmith.app.gui.HeadlessFx;
import dev.mapsmith.app.model.FindingRow;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Edits at scale, on Monocle headless with the real window and modules: opens a project of N
 * primitives (default 100,000 lane dividers on a 5 km x 3.5 km grid, made first with {@link
 * TestProjects#grid}), the top view shown at 1 px/m over the map's middle (about 5,800 primitives
 * in the window), the explorer's largest group open (its pages of ids shown); then, EDITS times,
 * selects a primitive in the window far from the last (the explorer follows it to its leaf, in
 * another page) and edits it through the window's own actions (alternately accept it, A, or move
 * one of its vertices), each step measured apart; then undoes them all. Per step it reports the FX
 * thread's CPU time (ThreadMXBean: what the app did, which the machine's load inflates far less
 * than wall time) and the longest stall, and how many primitives the top view repainted per edit. A
 * probe thread posts a timestamped {@code Platform.runLater} every 2 ms ({@link
 * FxStallProbe.Pinger}); how late each runs is the FX thread's stall. Prints the longest stall and
 * p99 per phase, and the time from asking to open the project to a usable window (the map shown,
 * the FX thread answering).
 *
 * <p>Usage: {@code FxEditProbe [PRIMITIVES [EDITS [WIDTHxHEIGHT]]]}
 */
public final class FxEditProbe {

  private FxEditProbe() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    String[] size = (args.length > 2 ? args[2] : "1280x800").split("x");
    Path tmp = Files.createTempDirectory("mapsmith-edits");
    long t0 = System.nanoTime();
    Path file = TestProjects.grid(tmp.resolve("big.mapsmith"), count);
    System.out.printf(
        "project of %d primitives written in %.1f s (not part of any figure)%n",
        count, (System.nanoTime() - t0) / 1e9);

    HeadlessFx.configure();
    FxToolkit.start();
    AppContext ctx =
        FxToolkit.call(
            () -> {
              AppContext c =
                  new AppContext(
                      Services.wired(), AppPreferences.load(tmp.resolve("prefs")), false);
              c.window().setDialogsEnabled(false);
              Stage stage = new Stage();
              stage.setScene(
                  c.window().createScene(Integer.parseInt(size[0]), Integer.parseInt(size[1])));
              stage.show();
              TabPane tabs = (TabPane) stage.getScene().getRoot().lookup(".tab-pane");
              // the top view (default), or -Dprobe.tab=3d for the 3D viewport
              tabs.getSelectionModel().select("3d".equals(System.getProperty("probe.tab")) ? 0 : 1);
              // centre the top view on the map's middle at its starting 1 px/m
              c.viewModel()
                  .showFinding(new FindingRow("info", "bench", 0, new Point3(2500, 1750, 0)));
              return c;
            },
            60);
    MainViewModel vm = ctx.viewModel();

    try (FxStallProbe.Pinger ping = new FxStallProbe.Pinger()) {
      Thread.sleep(1000);
      long idleCpu = fxCpu();
      Thread.sleep(2000);
      double idleMsPer50 = (fxCpu() - idleCpu) / 1e6 / 40;
      print("idle", ping);
      long asked = System.nanoTime();
      long cpuAsked = processCpu();
      Job open = FxToolkit.call(() -> vm.open(file), 10);
      open.done().get(120, TimeUnit.SECONDS);
      while (FxToolkit.call(() -> vm.mapProperty().get() == null, 10)) {
        Thread.sleep(5);
      }
      FxToolkit.call(() -> null, 10); // one more turn of the FX thread: the window answers
      double usable = (System.nanoTime() - asked) / 1e9;
      double cpuUsed = (processCpu() - cpuAsked) / 1e9;
      long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
      System.out.printf(
          "open project (%d primitives) to a usable window: %.2f s, CPU used by the process meanwhile"
              + " %.2f s (JVM start to usable %.2f s)%n",
          FxToolkit.call(() -> vm.mapProperty().get().primitives().size(), 10),
          usable,
          cpuUsed,
          (System.currentTimeMillis() - jvmStart) / 1e3);
      print("opening the project", ping);
      FxToolkit.call( // opened in the tree, which then shows its pages of ids
          () -> {
            for (var i = vm.explorer().find("auto ("); i != null; i = i.getParent()) {
              i.setExpanded(true);
            }
            return null;
          },
          60);
      Thread.sleep(500);
      print("opening the explorer's largest group", ping);

      long[] selCpu = new long[edits], selStall = new long[edits];
      long[] cpu = new long[edits], stall = new long[edits];
      long[] painted = new long[edits];
      for (int i = 0; i < edits; i++) {
        long id = inWindow(i, count);
        boolean move = i % 2 == 1;
        long[] sel = // a click in a view: the inspector, the overlay and the tree follow
            step(
                ping,
                () -> {
                  vm.inspector()
                      .selectedProperty()
                      .set(vm.mapProperty().get().get(id).orElseThrow());
                  return CompletableFuture.completedFuture(null);
                });
        selCpu[i] = sel[0];
        selStall[i] = sel[1];
        var plan = ctx.window().topView();
        var before = FxToolkit.call(plan::painted, 10);
        long[] ed =
            step(
                ping,
                () -> {
                  Primitive p = vm.mapProperty().get().get(id).orElseThrow();
                  return move
                      ? vm.editing()
                          .moveVertex(
                              id,
                              2,
                              new Point3(
                                  p.geometry().x(2), p.geometry().y(2) + 0.5, p.geometry().z(2)))
                      : vm.editing().review(ReviewState.VERIFIED);
                });
        cpu[i] = ed[0];
        stall[i] = ed[1];
        painted[i] = FxToolkit.call(() -> plan.painted().since(before).primitives(), 10);
        if (Boolean.getBoolean("probe.steps")) {
          System.out.printf(
              "  step %d id %d: selection %.1f ms CPU (stall %.1f), edit %.1f ms CPU (stall %.1f)%n",
              i, id, sel[0] / 1e6, sel[1] / 1e6, ed[0] / 1e6, ed[1] / 1e6);
        }
      }
      print("the selections and edits, together", ping);
      printCpu("selection (a primitive far from the last)", selCpu, idleMsPer50);
      printMs("longest FX-thread stall per selection", selStall);
      printCpu("edit (accept / move vertex, alternately)", cpu, idleMsPer50);
      printMs("longest FX-thread stall per edit", stall);
      System.out.printf(
          "primitives the top view repainted per edit: median %d, max %d%n",
          sorted(painted)[edits / 2], sorted(painted)[edits - 1]);
      for (int i = 0; i < edits; i++) {
        long[] un = step(ping, () -> vm.editing().undo());
        cpu[i] = un[0];
        stall[i] = un[1];
      }
      print(edits + " undos", ping);
      printCpu("undo", cpu, idleMsPer50);
      printMs("longest FX-thread stall per undo", stall);
    }
    FxToolkit.call(
        () -> {
          ctx.close();
          return null;
        },
        30);
    System.exit(0);
  }

  /**
   * Runs {@code action} on the FX thread, waits for its future and 50 ms more; returns the FX
   * thread's CPU time meanwhile and the longest delay the probe saw meanwhile, in ns.
   */
  private static long[] step(
      FxStallProbe.Pinger ping, java.util.function.Supplier<CompletableFuture<?>> action)
      throws Exception {
    long before = fxCpu();
    FxToolkit.call(
        () -> {
          ping.mark();
          return null;
        },
        10);
    FxToolkit.call(action, 10).get(30, TimeUnit.SECONDS);
    Thread.sleep(50);
    long cpu = fxCpu() - before;
    return new long[] {cpu, FxToolkit.call(ping::maxSinceMarkNs, 10)};
  }

  /**
   * The id of the {@code i}th edited primitive: in the window (the grid's rows 400 to 599 around
   * its middle, columns 45 to 54), each of the first 200 in another row, so in a page of the
   * explorer not opened before.
   */
  static long inWindow(int i, int count) {
    long row = 400 + (7L * i) % 200, col = 45 + (3L * i) % 10;
    return Math.min(count, row * 100 + col + 1);
  }

  private static long[] sorted(long[] a) {
    long[] s = a.clone();
    java.util.Arrays.sort(s);
    return s;
  }

  private static void printMs(String what, long[] ns) {
    long[] s = sorted(ns);
    System.out.printf(
        "%s: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
        what,
        s[s.length / 2] / 1e6,
        s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.99) - 1)] / 1e6,
        s[s.length - 1] / 1e6);
  }

  /** CPU time all the process's threads have used so far, in ns. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU time the FX thread has used so far, in ns. */
  private static long fxCpu() throws Exception {
    return FxToolkit.call(() -> ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), 10);
  }

  /**
   * FX-thread CPU per step (from asking to 50 ms after it completed), less what the idle window
   * used in 50 ms (the probe's own samples, pulses): the app's own work per edit, which the
   * machine's load does not inflate as it does wall-clock delays.
   */
  private static void printCpu(String what, long[] ns, double idleMsPer50) {
    double[] ms = java.util.Arrays.stream(ns).mapToDouble(n -> n / 1e6).sorted().toArray();
    System.out.printf(
        "FX-thread CPU per %s (until 50 ms after it completed): median %.1f ms, p99 %.1f ms,"
            + " max %.1f ms (idle FX thread: %.1f ms per 50 ms)%n",
        what,
        ms[ms.length / 2],
        ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)],
        ms[ms.length - 1],
        idleMsPer50);
  }

  private static void print(String phase, FxStallProbe.Pinger ping) throws Exception {
    System.out.println("mark " + System.currentTimeMillis() + " end of " + phase);
    System.out.println(
        "FX-thread delay during " + phase + ": " + FxToolkit.call(ping::summary, 10));
    FxToolkit.call(
        () -> {
          ping.reset();
          return null;
        },
        10);
  }
}
