package dev.mapsmith.batch;

import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Development probe (not a test): per tile of a traversal set, each drive's own reconstruction, its
 * simulator-true pose offset and its apparent offset against the truth map, cached; then the
 * alignment's estimate beside them. {@code AlignmentProbe SET_DIR LEVEL MARGIN CACHE}.
 */
final class AlignmentProbe {

  record Case(
      long tile,
      List<Integer> drives,
      List<Map<String, List<double[]>>> perDrive,
      Map<String, List<double[]>> truthLines,
      double[][] truth)
      implements Serializable {}

  public static void main(String[] a) throws Exception {
    Path set = Path.of(a[0]);
    int level = Integer.parseInt(a[1]);
    double margin = Double.parseDouble(a[2]);
    Path cache = Path.of(a[3]);
    List<Case> cases;
    if (Files.exists(cache)) {
      try (var in = new ObjectInputStream(Files.newInputStream(cache))) {
        @SuppressWarnings("unchecked")
        List<Case> c = (List<Case>) in.readObject();
        cases = c;
      }
    } else {
      cases = build(set, level, margin);
      try (var out = new ObjectOutputStream(Files.newOutputStream(cache))) {
        out.writeObject(new ArrayList<>(cases));
      }
    }
    report(cases, AlignmentConfig.defaults());
  }

  static List<Case> build(Path set, int level, double margin) throws Exception {
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
    LaneMap truthMap = Lanelet2Maps.read(set.resolve("truth/map.osm"), null).map();
    List<Case> out = new ArrayList<>();
    for (TileTask t : BatchJob.tasks(scans, o, scans.get(0), 1)) {
      if (t.driveIndex().size() < 2) {
        continue;
      }
      LocalEnuFrame tile = new LocalEnuFrame(Tiles.centre(t.tile(), t.originAlt()));
      double[][] poly = TileGeometry.polygon(t.tile(), tile);
      Bounds2 area = TileGeometry.bounds(poly, margin);
      List<Map<String, List<double[]>>> per = new ArrayList<>();
      double[][] truth = new double[t.driveIndex().size()][];
      for (int i = 0; i < t.driveIndex().size(); i++) {
        Path p = Path.of(t.drivePath().get(i));
        try (DriveLog d = DriveLogs.open(p)) {
          var own = TileJob.reconstruct(List.of(FramedDrive.in(d, tile, 0, 0)), area, null);
          per.add(TileJob.byClass(own.primitives()));
          truth[i] = SimulatorTruth.offset(p, d, tile, poly);
        }
      }
      var truthLines =
          TileJob.byClass(new ArrayList<>(truthMap.convertedTo(tile).primitives())).entrySet();
      Map<String, List<double[]>> tl = new java.util.HashMap<>();
      truthLines.forEach(e -> tl.put(e.getKey(), e.getValue()));
      out.add(new Case(t.tile(), t.driveIndex(), per, tl, truth));
      System.err.println("tile " + Tiles.token(t.tile()) + " done");
    }
    return out;
  }

  static void report(List<Case> cases, AlignmentConfig cfg) {
    List<Double> before = new ArrayList<>(), after = new ArrayList<>();
    for (Case c : cases) {
      var lines = TileJob.lineClasses(c.perDrive());
      DriveAlignment.Result r = DriveAlignment.estimate(lines, cfg);
      int k = c.drives().size();
      // each drive against the truth map: its apparent offset (lines minus truth)
      double[][] apparent = new double[k][];
      for (int i = 0; i < k; i++) {
        var pair = new ArrayList<Map<String, List<double[]>>>();
        pair.add(lines.get(i));
        pair.add(TileJob.lineClasses(List.of(c.truthLines())).get(0));
        var ri = DriveAlignment.estimate(pair, cfg);
        apparent[i] =
            new double[] {
              ri.offsets()[0][0] - ri.offsets()[1][0], ri.offsets()[0][1] - ri.offsets()[1][1]
            };
      }
      double[] tm = mean(c.truth()), em = mean(r.offsets());
      System.out.println("tile " + Tiles.token(c.tile()));
      for (int i = 0; i < k; i++) {
        double[] t = c.truth()[i];
        String ts = t == null ? "   (no truth)  " : fmt(t[0] - tm[0], t[1] - tm[1]);
        System.out.printf(
            Locale.ROOT,
            "  drive %d pairs %5d %-13s sigma %.3f std %.3f est %s true-rel %s true-abs %s apparent-vs-truthmap %s%n",
            c.drives().get(i) + 1,
            r.pairs()[i],
            r.fits()[i],
            r.sigma()[i],
            r.stdM()[i],
            fmt(r.offsets()[i][0] - em[0], r.offsets()[i][1] - em[1]),
            ts,
            t == null ? "-" : fmt(t[0], t[1]),
            fmt(apparent[i][0], apparent[i][1]));
        if (t != null && tm != null && r.pairs()[i] > 0) {
          before.add(Math.hypot(t[0] - tm[0], t[1] - tm[1]));
          after.add(
              Math.hypot(
                  r.offsets()[i][0] - em[0] - (t[0] - tm[0]),
                  r.offsets()[i][1] - em[1] - (t[1] - tm[1])));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "median before %.3f after %.3f over %d%n",
        AlignmentReport.median(before.stream().mapToDouble(d -> d).toArray()),
        AlignmentReport.median(after.stream().mapToDouble(d -> d).toArray()),
        after.size());
  }

  private static double[] mean(double[][] v) {
    double x = 0, y = 0;
    int n = 0;
    for (double[] p : v) {
      if (p != null) {
        x += p[0];
        y += p[1];
        n++;
      }
    }
    return n == 0 ? null : new double[] {x / n, y / n};
  }

  private static String fmt(double x, double y) {
    return String.format(Locale.ROOT, "(%+.3f, %+.3f)", x, y);
  }
}
