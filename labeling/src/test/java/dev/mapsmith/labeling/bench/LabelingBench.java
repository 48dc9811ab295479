package dev.mapsmith.labeling.bench;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.TestMaps;
import dev.mapsmith.labeling.edit.MoveVertex;
import dev.mapsmith.labeling.export.ExportFilter;
import dev.mapsmith.labeling.export.lanelet2.Lanelet2Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark (not a test): bulk insert of N primitives, open, per-edit commit latency, Lanelet2
 * export. Each phase prints wall time and the process's CPU time (all threads): on a shared machine
 * the wall time includes waiting for a core. Usage: {@code java -cp ...
 * dev.mapsmith.labeling.bench.LabelingBench [N] [EDITS] [RUNS]}; run 0 includes JIT warm-up.
 */
public final class LabelingBench {

  private static void deleteTree(Path root) throws java.io.IOException {
    try (var s = Files.walk(root)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** CPU time of the whole process (all threads, GC included), ns. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    System.out.println(
        "cores visible: "
            + Runtime.getRuntime().availableProcessors()
            + ", load average at start: "
            + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path dir = Files.createTempDirectory("labeling-bench");
    List<Primitive> batch = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      batch.add(TestMaps.divider(i % 1000 * 30.0, i / 1000 * 4.0, 20, 8));
    }
    for (int rep = 0; rep < runs; rep++) {
      Path file = dir.resolve("bench" + rep + ".mapsmith");
      long t0 = System.nanoTime();
      List<Long> ids;
      try (Project p = Project.create(file, new LocalEnuFrame(new GeoOrigin(49, 8.4, 110)))) {
        long t1 = System.nanoTime();
        long c1 = cpu();
        ids = p.insertAll(batch, "bench").created();
        long t2 = System.nanoTime();
        System.out.printf(
            "run %d: create %.0f ms, bulk insert %d primitives (8 vertices) %.0f ms (cpu %.0f ms)%n",
            rep, (t1 - t0) / 1e6, n, (t2 - t1) / 1e6, (cpu() - c1) / 1e6);
      }
      long t3 = System.nanoTime();
      long c3 = cpu();
      try (Project p = Project.open(file)) {
        long t4 = System.nanoTime();
        System.out.printf(
            "run %d: open %d primitives %.0f ms (cpu %.0f ms, file %d MB)%n",
            rep,
            p.map().primitives().size(),
            (t4 - t3) / 1e6,
            (cpu() - c3) / 1e6,
            Files.size(file) >> 20);
        long[] lat = new long[edits];
        long[] cpuLat = new long[edits];
        java.lang.management.ThreadMXBean threads =
            java.lang.management.ManagementFactory.getThreadMXBean();
        for (int e = 0; e < edits; e++) {
          long id = ids.get((e * 7919) % ids.size());
          long c = threads.getCurrentThreadCpuTime();
          long s = System.nanoTime();
          p.execute(new MoveVertex(id, 1, new Point3(e, e, 0)));
          lat[e] = System.nanoTime() - s;
          cpuLat[e] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(lat);
        Arrays.sort(cpuLat);
        System.out.printf(
            "run %d: %d edits, commit per edit median %.2f ms, p99 %.2f ms, max %.2f ms%n",
            rep,
            edits,
            lat[edits / 2] / 1e6,
            lat[(int) (edits * 0.99)] / 1e6,
            lat[edits - 1] / 1e6);
        System.out.printf(
            "run %d: the editing thread's CPU per edit: median %.2f ms, p99 %.2f ms, max %.2f ms%n",
            rep,
            cpuLat[edits / 2] / 1e6,
            cpuLat[(int) (edits * 0.99)] / 1e6,
            cpuLat[edits - 1] / 1e6);
        List<Primitive> sel = ExportFilter.NOT_REJECTED.select(p.map());
        long t5 = System.nanoTime();
        long c5 = cpu();
        Path osm = Files.createDirectories(dir.resolve("osm" + rep)).resolve("map.osm");
        Lanelet2Writer.write(sel, p.frame(), osm, ProgressMonitor.NONE);
        long t6 = System.nanoTime();
        System.out.printf(
            "run %d: Lanelet2 export %d primitives %.0f ms (cpu %.0f ms, %d MB)%n",
            rep, sel.size(), (t6 - t5) / 1e6, (cpu() - c5) / 1e6, Files.size(osm) >> 20);
      }
      deleteTree(dir); // a run leaves ~230 MB; the next run starts from an empty folder
      Files.createDirectories(dir);
    }
    deleteTree(dir);
  }
}
