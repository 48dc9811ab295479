package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.map.Av2MapReader;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.drivelog.map.MapOrigins;
import dev.mapsmith.reconstruction.Reconstruction;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.ReconstructionResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Diagnostic main (not a test): reconstructs a drive, scores it against its truth at the sweep
 * windows, prints per class the truth instances nobody matched and the false positives (window
 * local coordinates), and draws truth and prediction into a PNG. Usage: {@code DriveDiagnosis DRIVE
 * TRUTH OUT.png [CLASS] [noalign]}.
 */
public final class DriveDiagnosis {

  /** The Chamfer threshold of the per-window report ({@code -Dtau=}, default 1.5 m). */
  private static final double TAU = Double.parseDouble(System.getProperty("tau", "1.5"));

  public static void main(String[] args) throws Exception {
    Path drivePath = Path.of(args[0]);
    Path truthPath = Path.of(args[1]);
    MapClass focus = args.length > 3 ? MapClass.fromKey(args[3]) : MapClass.DIVIDER;
    ReconstructionConfig cfg = ReconstructionConfig.defaults();
    if (System.getProperty("res") != null) {
      cfg = cfg.withResolution(Double.parseDouble(System.getProperty("res")));
    }
    if (System.getProperty("range") != null) {
      cfg = cfg.withMaxRange(Double.parseDouble(System.getProperty("range")));
    }
    if (args.length > 4 && args[4].equals("noalign")) {
      cfg = cfg.withAlign(false);
    }
    try (DriveLog drive = DriveLogs.open(drivePath)) {
      ReconstructionResult r = Reconstruction.run(List.of(drive), null, cfg, ProgressMonitor.NONE);
      LaneMap pred = new LaneMap(r.frame(), r.primitives());
      LaneMap truth;
      if (truthPath.toString().endsWith(".json")) {
        truth = Av2MapReader.read(truthPath).map();
      } else {
        GeoOrigin own = MapOrigins.find(truthPath).orElse(null);
        GeoOrigin origin =
            own != null ? own : r.frame() instanceof LocalEnuFrame e ? e.origin() : null;
        truth = Lanelet2Maps.read(truthPath, origin).map();
      }
      List<Primitive> gt = TruthMerge.apply(convert(truth, pred));
      List<EvalWindow> windows = EvalWindows.atSweeps(drive, EvalWindows.DEFAULT_SPACING);
      System.out.printf(
          Locale.ROOT,
          "points=%d seconds=%.2f counts=%s%n",
          r.inputPoints(),
          r.seconds(),
          r.countsByClass());
      System.out.println(
          Evaluation.evaluate(pred, new LaneMap(pred.frame(), gt), windows).toJsonMap());
      report(windows, pred.primitives().stream().toList(), gt, focus);
      draw(Path.of(args[2]), pred.primitives().stream().toList(), gt, windows);
      if (System.getProperty("dump") != null) {
        dump(Path.of(System.getProperty("dump")), pred.primitives().stream().toList(), gt);
      }
    }
  }

  private static List<Primitive> convert(LaneMap truth, LaneMap target) {
    var f = FrameAlignment.converter(truth.frame(), target.frame());
    List<Primitive> out = new ArrayList<>();
    for (Primitive p : truth.primitives()) {
      List<Point3> pts = new ArrayList<>();
      for (int i = 0; i < p.geometry().size(); i++) {
        pts.add(f.apply(p.geometry().point(i)));
      }
      out.add(p.withGeometry(Polyline.of(pts)));
    }
    return out;
  }

  /** Writes every line as "pred|truth CLASS SCORE x,y x,y ..." for plotting elsewhere. */
  private static void dump(Path out, List<Primitive> pred, List<Primitive> gt) throws Exception {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 2; k++) {
      for (Primitive p : k == 0 ? pred : gt) {
        b.append(k == 0 ? "pred " : "truth ")
            .append(p.mapClass().key())
            .append(String.format(Locale.ROOT, " %.2f", p.confidence()));
        for (int i = 0; i < p.geometry().size(); i++) {
          b.append(String.format(Locale.ROOT, " %.2f,%.2f", p.geometry().x(i), p.geometry().y(i)));
        }
        b.append('\n');
      }
    }
    java.nio.file.Files.writeString(out, b);
  }

  private static void report(
      List<EvalWindow> windows, List<Primitive> pred, List<Primitive> gt, MapClass c) {
    int missed = 0, fp = 0, shown = 0;
    List<Double> tpScores = new java.util.ArrayList<>();
    for (int k = 0; k < windows.size(); k++) {
      EvalWindow w = windows.get(k);
      List<ClippedLine> p = WindowClip.clip(w, pred, c);
      List<ClippedLine> t = WindowClip.clip(w, gt, c);
      p.sort((a, b) -> Double.compare(b.score(), a.score()));
      boolean[] taken = new boolean[t.size()];
      StringBuilder sb = new StringBuilder();
      for (ClippedLine l : p) {
        int best = -1;
        double bd = Double.POSITIVE_INFINITY;
        for (int j = 0; j < t.size(); j++) {
          double d = Chamfer.distance(l.points(), t.get(j).points());
          if (d < bd) {
            bd = d;
            best = j;
          }
        }
        if (best >= 0 && bd <= TAU && !taken[best]) {
          taken[best] = true;
          tpScores.add(l.score());
        } else {
          fp++;
          sb.append(
              String.format(
                  Locale.ROOT, "  FP score=%.2f d=%.2f %s%n", l.score(), bd, describe(l.points())));
        }
      }
      for (int j = 0; j < t.size(); j++) {
        if (!taken[j]) {
          missed++;
          sb.append(String.format(Locale.ROOT, "  MISS %s%n", describe(t.get(j).points())));
        }
      }
      if (sb.length() > 0 && shown++ < Integer.getInteger("shown", 12)) {
        System.out.printf(
            Locale.ROOT,
            "window %d at (%.1f, %.1f) heading %.0f deg, %d pred %d truth%n%s",
            k,
            w.cx(),
            w.cy(),
            Math.toDegrees(w.heading()),
            p.size(),
            t.size(),
            sb);
      }
    }
    System.out.println(c.key() + ": missed " + missed + " false positives " + fp + " (τ 1.5)");
    java.util.Collections.sort(tpScores);
    System.out.println(
        "lowest true-positive scores: " + tpScores.subList(0, Math.min(20, tpScores.size())));
  }

  private static String describe(double[] xy) {
    int n = xy.length / 2;
    double len = 0;
    for (int i = 1; i < n; i++) {
      len += Math.hypot(xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
    }
    return String.format(
        Locale.ROOT,
        "(%.1f,%.1f)->(%.1f,%.1f) len %.1f",
        xy[0],
        xy[1],
        xy[2 * n - 2],
        xy[2 * n - 1],
        len);
  }

  private static void draw(Path out, List<Primitive> pred, List<Primitive> gt, List<EvalWindow> ws)
      throws Exception {
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -minX, maxY = -minY;
    for (EvalWindow w : ws) {
      var b = w.worldBounds();
      minX = Math.min(minX, b.minX());
      minY = Math.min(minY, b.minY());
      maxX = Math.max(maxX, b.maxX());
      maxY = Math.max(maxY, b.maxY());
    }
    String box = System.getProperty("box");
    if (box != null) {
      String[] b = box.split(",");
      minX = Double.parseDouble(b[0]);
      minY = Double.parseDouble(b[1]);
      maxX = Double.parseDouble(b[2]);
      maxY = Double.parseDouble(b[3]);
    }
    double scale = Math.min(2000 / (maxX - minX), 2000 / (maxY - minY));
    int wpx = (int) ((maxX - minX) * scale) + 1, hpx = (int) ((maxY - minY) * scale) + 1;
    BufferedImage img = new BufferedImage(wpx, hpx, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, wpx, hpx);
    g.setStroke(new BasicStroke(3));
    paint(g, gt, true, minX, maxY, scale);
    g.setStroke(new BasicStroke(1));
    paint(g, pred, false, minX, maxY, scale);
    ImageIO.write(img, "png", out.toFile());
  }

  private static void paint(
      Graphics2D g, List<Primitive> prims, boolean truth, double x0, double y1, double s) {
    for (Primitive p : prims) {
      Color c =
          switch (p.mapClass()) {
            case DIVIDER -> truth ? new Color(150, 230, 150) : new Color(0, 120, 0);
            case BOUNDARY -> truth ? new Color(150, 150, 240) : new Color(0, 0, 180);
            case PED_CROSSING -> truth ? new Color(240, 200, 120) : new Color(160, 90, 0);
            case STOP_LINE -> truth ? new Color(240, 150, 150) : new Color(200, 0, 0);
            default -> null;
          };
      if (c == null) {
        continue;
      }
      g.setColor(c);
      Polyline l = p.geometry();
      int n = l.size() + (p.mapClass().closed() ? 1 : 0);
      int[] xs = new int[n], ys = new int[n];
      for (int i = 0; i < n; i++) {
        int k = i % l.size();
        xs[i] = (int) ((l.x(k) - x0) * s);
        ys[i] = (int) ((y1 - l.y(k)) * s);
      }
      g.drawPolyline(xs, ys, n);
    }
  }
}
