package dev.mapsmith.batch;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.reconstruction.eval.EvalWindow;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development probe (not a test): one tile's fused reconstruction with the drives unmoved, moved by
 * the alignment's estimate, all moved by one common shift (a control: relative geometry unchanged)
 * and each alone, scored on the windows of the tile's drives whose centre is in the tile. {@code
 * FusionProbe SET_DIR LEVEL MARGIN TILE_TOKEN}.
 */
final class FusionProbe {

  public static void main(String[] a) throws Exception {
    Path set = Path.of(a[0]);
    int level = Integer.parseInt(a[1]);
    double margin = Double.parseDouble(a[2]);
    DriveManifest m = DriveManifest.read(set.resolve("drives.json"));
    BatchOptions o =
        BatchOptions.of(set.resolve("drives.json"), set.resolve("x"))
            .withTileLevel(level)
            .withMargin(margin);
    double reach = dev.mapsmith.reconstruction.ReconstructionConfig.defaults().maxRange() + margin;
    List<DriveScan.Info> scans = new ArrayList<>();
    for (var e : m.drives()) {
      scans.add(DriveScan.scan(e, level, reach, 1));
    }
    LaneMap truth = Lanelet2Maps.read(set.resolve("truth/map.osm"), null).map();
    for (TileTask t : BatchJob.tasks(scans, o, scans.get(0), 1)) {
      if (!Tiles.token(t.tile()).equals(a[3])) {
        continue;
      }
      LocalEnuFrame tile = new LocalEnuFrame(Tiles.centre(t.tile(), t.originAlt()));
      double[][] poly = TileGeometry.polygon(t.tile(), tile);
      Bounds2 area = TileGeometry.bounds(poly, margin);
      List<DriveLog> logs = new ArrayList<>();
      List<EvalWindow> windows = new ArrayList<>();
      for (String p : t.drivePath()) {
        DriveLog d = DriveLogs.open(Path.of(p));
        logs.add(d);
        RigidTransform to = FrameAlignment.rigid(d.metadata().frame(), tile);
        List<RigidTransform> poses = new ArrayList<>();
        for (LidarSweep s : d.sweeps()) {
          RigidTransform q = to.compose(d.trajectory().at(s.timestampNs()));
          if (ConvexClip.inside(q.tx(), q.ty(), poly)) {
            poses.add(q);
          }
        }
        windows.addAll(EvalWindows.atPoses(poses, EvalWindows.DEFAULT_SPACING));
      }
      List<java.util.Map<String, List<double[]>>> per = new ArrayList<>();
      for (DriveLog d : logs) {
        var own = TileJob.reconstruct(List.of(FramedDrive.in(d, tile, 0, 0)), area, null);
        per.add(TileJob.byClass(own.primitives()));
        report("alone " + d.metadata().id(), own.primitives(), tile, truth, windows);
      }
      var est = DriveAlignment.estimate(TileJob.lineClasses(per), o.alignment());
      int k = logs.size();
      double[][] zero = new double[k][2];
      double[][] common = new double[k][];
      for (int i = 0; i < k; i++) {
        common[i] = new double[] {0.15, -0.1};
      }
      for (var v : List.of(zero, est.offsets(), common)) {
        List<DriveLog> moved = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          moved.add(FramedDrive.in(logs.get(i), tile, -v[i][0], -v[i][1]));
        }
        var fused = TileJob.reconstruct(moved, area, null);
        report(
            "fused offsets " + java.util.Arrays.deepToString(v),
            fused.primitives(),
            tile,
            truth,
            windows);
      }
      logs.forEach(DriveLog::close);
    }
  }

  private static void report(
      String what,
      List<dev.mapsmith.core.map.Primitive> prims,
      LocalEnuFrame tile,
      LaneMap truth,
      List<EvalWindow> windows) {
    var r = Evaluation.evaluate(new LaneMap(tile, prims), truth, windows);
    StringBuilder s = new StringBuilder();
    for (var c : Evaluation.MAP_CLASSES) {
      var cs = r.score(c);
      if (cs.scored()) {
        s.append(
            String.format(
                Locale.ROOT, " %s %.2f (pred %d)", c.key(), cs.mean(), cs.predictionCount()));
      }
    }
    System.out.printf(Locale.ROOT, "%-60s mAP %.3f%s prims %d%n", what, r.mAP(), s, prims.size());
  }
}
