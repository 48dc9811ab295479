package dev.mapsmith.viewer3d.bench;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.viewer3d.CameraMode;
import dev.mapsmith.viewer3d.CameraState;
import dev.mapsmith.viewer3d.EyeDomeLighting;
import dev.mapsmith.viewer3d.Frame;
import dev.mapsmith.viewer3d.HeadlessRenderer;
import dev.mapsmith.viewer3d.PointCloud;
import dev.mapsmith.viewer3d.SceneData;
import dev.mapsmith.viewer3d.Viewport;
import dev.mapsmith.viewer3d.ViewportOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Frame time against cloud size at 1280×720: {@code ViewerBenchmark [millions...]} (default 1 10 20
 * 50), plus 1M drawn raw against two plain-GL baselines, and the cost of eye-dome lighting. Each
 * size is measured from three views (overview, street level, top down), moving (camera changes
 * every frame) and at rest (full budget). Prints a Markdown table. Optional system properties:
 * {@code bench.budget} (points), {@code bench.frames}, {@code bench.png} (a directory to write one
 * PNG per size).
 */
public final class ViewerBenchmark {

  private static final int W = 1280;
  private static final int H = 720;

  private ViewerBenchmark() {}

  public static void main(String[] args) throws Exception {
    int[] millions =
        args.length == 0
            ? new int[] {1, 10, 20, 50}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    long budget = Long.getLong("bench.budget", 0);
    int frames = Integer.getInteger("bench.frames", 12);
    String png = System.getProperty("bench.png");
    try (Viewport v = Viewport.start(W, H, ViewportOptions.DEFAULTS.withPointBudget(budget))) {
      System.out.println("renderer: " + v.description());
      System.out.println("point budget: " + v.pointBudget() + ", frames per case: " + frames);
      System.out.println();
      System.out.println(
          "| points | mode | view | moving median ms (fps) | moving CPU ms/frame | drawn moving"
              + " | rested median ms (fps) | rested CPU ms/frame | drawn rested |");
      System.out.println("|---|---|---|---|---|---|---|---|---|");
      for (int m : millions) {
        long t0 = System.nanoTime();
        PointCloud cloud = corridor(m * 1_000_000);
        long t1 = System.nanoTime();
        SceneData scene = SceneData.EMPTY.withClouds(List.of(cloud)).withPointSize(2);
        v.setScene(scene);
        v.setCamera(CameraState.top(0, 0, 10));
        v.render().join();
        long t2 = System.nanoTime();
        System.err.printf(
            "%dM: generate %.1f s, LOD + upload %.1f s%n", m, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        for (var view : views(m)) {
          measure(v, m + "M", "LOD", view, frames);
        }
        if (m == 10) {
          v.setEyeDomeLighting(EyeDomeLighting.DEFAULT);
          measure(v, m + "M", "LOD + eye-dome", views(m).get(1), frames);
          v.setEyeDomeLighting(null);
        }
        if (m == 1) {
          v.setRawPoints(true);
          measure(v, "1M", "raw", views(m).get(0), frames);
          v.setRawPoints(false);
          CameraState overview = views(m).get(0).camera();
          double[] plain = PlainGlBaseline.medianMs(cloud, overview, W, H, frames);
          System.out.printf(
              "| 1M | plain GL, points as generated | overview | — | — | — | %.0f (%.1f) | %.0f"
                  + " | 1,000,000 |%n",
              plain[0], 1000 / plain[0], plain[1]);
          double[] sorted =
              PlainGlBaseline.medianMs(PlainGlBaseline.gridSorted(cloud), overview, W, H, frames);
          System.out.printf(
              "| 1M | plain GL, points sorted by 4 m cell | overview | — | — | — | %.0f (%.1f) |"
                  + " %.0f | 1,000,000 |%n",
              sorted[0], 1000 / sorted[0], sorted[1]);
        }
        if (png != null) {
          v.setCamera(views(m).get(1).camera());
          HeadlessRenderer.writePng(
              v.renderComplete().join(), Path.of(png, "bench-" + m + "M.png"));
        }
        v.setScene(SceneData.EMPTY);
        v.render().join();
        System.gc();
      }
    }
  }

  record View(String name, CameraState camera) {}

  /** The cloud is a road corridor 30 m wide whose length grows with the count (200 pts/m²). */
  static List<View> views(int millions) {
    double length = corridorLength(millions * 1_000_000);
    return List.of(
        new View("overview", CameraState.orbit(new Point3(length / 2, 0, 0), length * 0.6)),
        new View(
            "street",
            new CameraState(CameraMode.ORBIT, length / 2, 0, 1, 0, Math.toRadians(20), 25, 60)),
        new View("top", CameraState.top(length / 2, 0, 60)));
  }

  static double corridorLength(int n) {
    return n / (200.0 * 40);
  }

  static void measure(Viewport v, String size, String mode, View view, int frames) {
    long cpu0 = processCpuNanos();
    double[] moving = new double[frames];
    double[] rested = new double[frames];
    long drawnMoving = 0, drawnRested = 0;
    for (int i = 0; i < frames; i++) {
      v.setCamera(view.camera().rotate(0.002 * (i + 1), 0));
      long t = System.nanoTime();
      Frame f = v.render().join();
      moving[i] = (System.nanoTime() - t) / 1e6;
      drawnMoving = f.pointsDrawn();
    }
    double cpuMoving = (processCpuNanos() - cpu0) / 1e6 / frames;
    v.setCamera(view.camera());
    v.renderComplete().join();
    long cpu1 = processCpuNanos();
    for (int i = 0; i < frames; i++) {
      long t = System.nanoTime();
      Frame f = v.render().join();
      rested[i] = (System.nanoTime() - t) / 1e6;
      drawnRested = f.pointsDrawn();
    }
    double cpuRested = (processCpuNanos() - cpu1) / 1e6 / frames;
    double mm = median(moving), mr = median(rested);
    System.out.printf(
        "| %s | %s | %s | %.0f (%.1f) | %.0f | %,d | %.0f (%.1f) | %.0f | %,d |%n",
        size,
        mode,
        view.name(),
        mm,
        1000 / mm,
        cpuMoving,
        drawnMoving,
        mr,
        1000 / mr,
        cpuRested,
        drawnRested);
  }

  /** CPU time of the whole process (render thread and llvmpipe's threads). */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /**
   * A road corridor along +x, 40 m wide: ground with paint stripes, kerbs, and some poles/walls.
   */
  static PointCloud corridor(int n) {
    double length = corridorLength(n);
    float[] xyz = new float[3 * n];
    float[] intensity = new float[n];
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < n; i++) {
      double x = r.nextDouble() * length;
      double y = r.nextDouble() * 40 - 20;
      double z = 0.02 * r.nextGaussian();
      double in = 0.1 + 0.1 * r.nextDouble();
      if (Math.abs(Math.abs(y) - 1.75) < 0.08 && x % 9 < 3) {
        in = 0.8;
      }
      if (Math.abs(y) > 15) {
        z = r.nextDouble() * 6; // walls either side
        y = Math.signum(y) * (15 + 0.3 * r.nextDouble());
      }
      xyz[3 * i] = (float) x;
      xyz[3 * i + 1] = (float) y;
      xyz[3 * i + 2] = (float) z;
      intensity[i] = (float) in;
    }
    return PointCloud.of(xyz, intensity);
  }
}
