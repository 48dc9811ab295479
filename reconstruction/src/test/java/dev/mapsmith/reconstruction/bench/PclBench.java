package dev.mapsmith.reconstruction.bench;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.SweepAccumulator;
import dev.mapsmith.reconstruction.cloud.GroundConfig;
import dev.mapsmith.reconstruction.cloud.GroundSegmentation;
import dev.mapsmith.reconstruction.cloud.IntensityNormalizer;
import dev.mapsmith.reconstruction.grid.TiledGrid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Side-by-side with PCL on the same labelled cloud, in one run (a main, not a test): the classical
 * pipeline's per-sweep accumulation into its grid ({@link SweepAccumulator#add}: range filter,
 * ground, cells; the code the pipeline runs) against {@code pcl_voxel_grid} at 0.1 m, and the
 * pipeline's ground segmentation (its configuration) against {@code
 * pcl_progressive_morphological_filter -approximate 1}. PCL's time is the filter time it prints
 * (not the PCD load/save); ours is the median of 5 warm runs. Ground accuracy is scored against the
 * cloud's labels. Usage: {@code PclBench WORKDIR POINTS}.
 */
public final class PclBench {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Files.createDirectories(dir);
    CorridorCloud c = new CorridorCloud(n, 11);
    Path pcd = dir.resolve("corridor.pcd");
    c.writePcd(pcd);
    ReconstructionConfig cfg = ReconstructionConfig.defaults();
    // the sensor at the cloud's centre, as the pipeline adds one sweep seen from its sensor
    double sx = mid(c.cloud.x()), sy = mid(c.cloud.y());
    double[] voxel =
        time(
            () ->
                new SweepAccumulator(
                        cfg, new TiledGrid(cfg.resolution(), 0), new Bounds2(-1e9, -1e9, 1e9, 1e9))
                    .add(
                        c.cloud,
                        sx,
                        sy,
                        1.8,
                        RigidTransform.IDENTITY,
                        new IntensityNormalizer(),
                        null));
    String pv =
        run(
            "pcl_voxel_grid",
            pcd.toString(),
            dir.resolve("voxel.pcd").toString(),
            "-leaf",
            "0.1,0.1,0.1");
    GroundConfig g = cfg.ground();
    double[] ground = time(() -> GroundSegmentation.apply(c.cloud, g));
    boolean[] ours = GroundSegmentation.apply(c.cloud, g);
    Path pmfOut = dir.resolve("pmf.pcd");
    String pp =
        run(
            "pcl_progressive_morphological_filter",
            pcd.toString(),
            pmfOut.toString(),
            "-max_window_size",
            "16",
            "-slope",
            "1.0",
            "-max_distance",
            "3.0",
            "-initial_distance",
            "0.15",
            "-cell_size",
            "1.0",
            "-base",
            "2.0",
            "-exponential",
            "1",
            "-approximate",
            "1",
            "-input_format",
            "1");
    System.out.println(
        "--- pcl_voxel_grid output\n"
            + pv
            + "\n--- pcl_progressive_morphological_filter output\n"
            + pp);
    System.out.printf(
        Locale.ROOT,
        "points=%d%nours accumulate %.2f m (SweepAccumulator.add): median %.3f s (min %.3f)%n",
        n,
        cfg.resolution(),
        voxel[0],
        voxel[1]);
    System.out.printf(Locale.ROOT, "ours ground: median %.3f s (min %.3f)%n", ground[0], ground[1]);
    System.out.println("ours ground accuracy: " + score(ours, c.isGround));
    if (Files.exists(pmfOut)) {
      System.out.println("pcl ground accuracy: " + score(pclGround(pmfOut, c), c.isGround));
    }
  }

  static String score(boolean[] predicted, boolean[] truth) {
    long tp = 0, fp = 0, fn = 0, tn = 0;
    for (int i = 0; i < truth.length; i++) {
      if (predicted[i] && truth[i]) tp++;
      else if (predicted[i]) fp++;
      else if (truth[i]) fn++;
      else tn++;
    }
    return String.format(
        Locale.ROOT,
        "precision %.4f recall %.4f accuracy %.4f (tp %d fp %d fn %d tn %d)",
        (double) tp / (tp + fp),
        (double) tp / (tp + fn),
        (double) (tp + tn) / truth.length,
        tp,
        fp,
        fn,
        tn);
  }

  /**
   * Marks the points of {@code c} that PCL wrote to its (ground-only) output, by exact coordinates.
   * The output is read with drivelog's PCD reader (PCL writes binary_compressed).
   */
  static boolean[] pclGround(Path out, CorridorCloud c) throws Exception {
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < c.cloud.size(); i++) {
      index.put(c.cloud.x()[i] + " " + c.cloud.y()[i] + " " + c.cloud.z()[i], i);
    }
    boolean[] ground = new boolean[c.cloud.size()];
    dev.mapsmith.drivelog.PointCloud pcl = dev.mapsmith.drivelog.pcd.PcdReader.read(out);
    for (int i = 0; i < pcl.size(); i++) {
      Integer k = index.get(pcl.x()[i] + " " + pcl.y()[i] + " " + pcl.z()[i]);
      if (k != null) {
        ground[k] = true;
      }
    }
    return ground;
  }

  interface Work {
    Object run();
  }

  private static double mid(float[] v) {
    float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
    for (float f : v) {
      lo = Math.min(lo, f);
      hi = Math.max(hi, f);
    }
    return (lo + hi) / 2.0;
  }

  static double[] time(Work w) {
    w.run();
    double[] t = new double[5];
    for (int i = 0; i < 5; i++) {
      long s = System.nanoTime();
      w.run();
      t[i] = (System.nanoTime() - s) / 1e9;
    }
    Arrays.sort(t);
    return new double[] {t[2], t[0]};
  }

  static String run(String... cmd) throws Exception {
    List<String> c = new ArrayList<>(List.of(cmd));
    Process p;
    try {
      p = new ProcessBuilder(c).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      return cmd[0] + " is not installed (apt-get install pcl-tools): " + e.getMessage();
    }
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }
}
