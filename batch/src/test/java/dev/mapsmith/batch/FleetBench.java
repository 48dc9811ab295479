package dev.mapsmith.batch;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.reconstruction.eval.EvalWindow;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fleet benchmark (not a test; docs/BENCHMARKS.md "Fleet scale"): runs the batch job on a traversal
 * set fused with alignment, fused without, and on each traversal alone, and scores every map with
 * the same windows: those along all drives' sweeps ("all") and those along each drive's sweeps
 * (fused vs that drive alone where it drove). A map already in OUT is scored, not made again.
 * {@code FleetBench SET_DIR OUT_DIR LEVEL MASTER [VARIANT...]} (variants: fused unaligned single).
 */
final class FleetBench {

  public static void main(String[] a) throws Exception {
    Path set = Path.of(a[0]);
    Path out = Path.of(a[1]);
    int level = Integer.parseInt(a[2]);
    String master = a[3];
    List<String> variants =
        a.length > 4 ? List.of(a).subList(4, a.length) : List.of("fused", "unaligned", "single");
    DriveManifest m = DriveManifest.read(set.resolve("drives.json"));
    Files.createDirectories(out);
    Map<String, LaneMap> maps = new LinkedHashMap<>();
    for (String v : variants) {
      if (v.equals("single")) {
        for (var e : m.drives()) {
          Path one = out.resolve("manifest-single-" + (e.index() + 1) + ".json");
          Files.writeString(
              one, "{\"drives\": [{\"path\": \"" + e.path() + "\", \"format\": \"kitti\"}]}");
          maps.put(
              "single-" + (e.index() + 1),
              map(one, out, "single-" + (e.index() + 1), level, master, true));
        }
      } else {
        maps.put(v, map(set.resolve("drives.json"), out, v, level, master, !v.equals("unaligned")));
      }
    }
    var truth = Lanelet2Maps.read(set.resolve("truth/map.osm"), null).map();
    for (var e : maps.entrySet()) {
      FrameOfReference f = e.getValue().frame();
      StringBuilder s = new StringBuilder();
      List<EvalWindow> all = new ArrayList<>();
      for (var d : m.drives()) {
        List<EvalWindow> w = windows(Path.of(d.path()), f);
        all.addAll(w);
        var r = Evaluation.evaluate(e.getValue(), truth, w);
        s.append(String.format(Locale.ROOT, "  on-drive-%d %.3f", d.index() + 1, r.mAP()));
        if (System.getProperty("fleet.classes") != null) {
          for (var c : Evaluation.MAP_CLASSES) {
            var cs = r.score(c);
            s.append(
                String.format(
                    Locale.ROOT,
                    " [%s %s tp@0.5 %d pred %d truth %d]",
                    c.key(),
                    cs.scored() ? String.format(Locale.ROOT, "%.2f", cs.mean()) : "-",
                    cs.truePositives()[0],
                    cs.predictionCount(),
                    cs.truthCount()));
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%-10s primitives %3d  all %.3f%s%n",
          e.getKey(),
          e.getValue().primitives().size(),
          Evaluation.evaluate(e.getValue(), truth, all).mAP(),
          s);
    }
  }

  private static LaneMap map(
      Path manifest, Path out, String name, int level, String master, boolean align)
      throws Exception {
    Path dir = out.resolve(name);
    if (!Files.isDirectory(dir)) {
      long t0 = System.nanoTime();
      BatchOptions o = BatchOptions.of(manifest, dir).withTileLevel(level).withMaster(master);
      BatchResult r =
          BatchJob.run(o.withAlignment(o.alignment().withEnabled(align)), ProgressMonitor.NONE);
      System.out.printf(
          Locale.ROOT,
          "%s: %.1f s, alignment %s%n",
          name,
          (System.nanoTime() - t0) / 1e9,
          r.alignment().summary());
    }
    try (Project p = Project.open(dir.resolve(BatchOutput.PROJECT))) {
      return p.snapshot();
    }
  }

  /** Windows along a drive's sweeps, in {@code frame}. */
  static List<EvalWindow> windows(Path drive, FrameOfReference frame) throws Exception {
    try (DriveLog d = DriveLogs.open(drive)) {
      RigidTransform to = FrameAlignment.rigid(d.metadata().frame(), frame);
      List<RigidTransform> poses = new ArrayList<>();
      for (LidarSweep s : d.sweeps()) {
        poses.add(to.compose(d.trajectory().at(s.timestampNs())));
      }
      return EvalWindows.atPoses(poses, EvalWindows.DEFAULT_SPACING);
    }
  }
}
