package dev.mapsmith.reconstruction;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import java.nio.file.Files;
import java.util.List;

/**
 * End-to-end throughput and memory benchmark (a main, not a test): a synthetic drive of SWEEPS
 * sweeps of POINTS points each through the whole classical pipeline. Reports input points per
 * second with and without the time the generator itself takes, and the peak resident set size.
 * Usage: {@code ReconstructionBench SWEEPS POINTS}.
 */
public final class ReconstructionBench {

  public static void main(String[] args) throws Exception {
    int sweeps = Integer.parseInt(args[0]);
    int points = Integer.parseInt(args[1]);
    double spacing = SyntheticRoad.LENGTH / (sweeps - 1);
    SyntheticRoad road = new SyntheticRoad("bench", points, spacing, 0, 7);
    long t0 = System.nanoTime();
    long generated = 0;
    for (LidarSweep s : road.sweeps()) {
      PointCloud c = s.loadInWorld(road.trajectory());
      generated += c.size();
    }
    double genSeconds = (System.nanoTime() - t0) / 1e9;
    ReconstructionResult r =
        Reconstruction.run(
            List.of(road), null, ReconstructionConfig.defaults(), ProgressMonitor.NONE);
    double pipeline = r.seconds() - genSeconds;
    System.out.printf(
        java.util.Locale.ROOT,
        "input_points=%d seconds=%.2f generator_seconds=%.2f%n"
            + "throughput_incl_generator=%.2f Mpts/s throughput_pipeline=%.2f Mpts/s%n"
            + "counts=%s peak_rss=%s%n",
        r.inputPoints(),
        r.seconds(),
        genSeconds,
        r.inputPoints() / r.seconds() / 1e6,
        r.inputPoints() / pipeline / 1e6,
        r.countsByClass(),
        peakRss());
    if (generated != r.inputPoints()) {
      throw new IllegalStateException("point counts differ");
    }
  }

  static String peakRss() throws Exception {
    for (String line : Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM")) {
        return line.substring(6).trim();
      }
    }
    return "?";
  }
}
