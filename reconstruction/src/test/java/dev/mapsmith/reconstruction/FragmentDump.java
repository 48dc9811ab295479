package dev.mapsmith.reconstruction;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.reconstruction.cloud.IntensityNormalizer;
import dev.mapsmith.reconstruction.grid.DenseLayers;
import dev.mapsmith.reconstruction.grid.TiledGrid;
import dev.mapsmith.reconstruction.vector.Blob;
import dev.mapsmith.reconstruction.vector.Headings;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Diagnostic main (not a test): accumulates one drive like {@link Reconstruction}, writes the
 * normalised intensity of a box as a grey PNG and the paint fragments, wide marks and curb
 * fragments as text ("line|wide|curb cx cy length width ux uy"). Usage: {@code FragmentDump DRIVE
 * OUT.png OUT.txt XMIN,YMIN,XMAX,YMAX}.
 */
public final class FragmentDump {

  public static void main(String[] args) throws Exception {
    ReconstructionConfig cfg = ReconstructionConfig.defaults();
    String[] b = args[3].split(",");
    Bounds2 box =
        new Bounds2(
            Double.parseDouble(b[0]),
            Double.parseDouble(b[1]),
            Double.parseDouble(b[2]),
            Double.parseDouble(b[3]));
    try (DriveLog drive = DriveLogs.open(Path.of(args[0]))) {
      List<DriveLog> drives = List.of(drive);
      List<RigidTransform> bridges = List.of(RigidTransform.IDENTITY);
      List<SelectedSweep> selected = SweepSelection.select(drives, bridges, null, cfg.maxRange());
      Bounds2 work = SweepSelection.corridor(selected, cfg.maxRange());
      TiledGrid grid = new TiledGrid(cfg.resolution(), selected.get(0).pose().tz());
      SweepAccumulator acc = new SweepAccumulator(cfg, grid, work);
      IntensityNormalizer norm = new IntensityNormalizer();
      Headings headings = new Headings();
      for (SelectedSweep s : selected) {
        LidarSweep sweep = s.sweep();
        PointCloud world = sweep.loadInWorld(drive.trajectory());
        RigidTransform sensor =
            drive.trajectory().at(sweep.timestampNs()).compose(sweep.sensorToVehicle());
        acc.add(world, sensor.tx(), sensor.ty(), sensor.tz(), s.bridge(), norm);
        headings.add(sensor.tx(), sensor.ty(), s.pose().yaw());
      }
      DenseLayers d = grid.dense(box);
      int k = Integer.getInteger("scale", 1);
      BufferedImage img = new BufferedImage(d.width * k, d.height * k, BufferedImage.TYPE_INT_RGB);
      for (int r = 0; r < d.height * k; r++) {
        for (int c = 0; c < d.width * k; c++) {
          float v = d.intensity[(r / k) * d.width + c / k];
          int g = Float.isNaN(v) ? 0 : (int) Math.min(255, 40 + 60 * v);
          int rgb = Float.isNaN(v) ? 0x300000 : (g << 16) | (g << 8) | g;
          img.setRGB(c, d.height * k - 1 - r, rgb);
        }
      }
      List<Blob> lines = new ArrayList<>(), wide = new ArrayList<>(), curbs = new ArrayList<>();
      BlockFeatures.extract(grid, box, cfg, lines, wide, curbs, new GroundHeight(), headings);
      java.awt.Graphics2D g = img.createGraphics();
      List<Blob> lineLike =
          dev.mapsmith.reconstruction.vector.CollinearMarks.lineLike(wide, lines, cfg.marks());
      wide.removeAll(lineLike);
      lines.addAll(lineLike);
      var marks =
          dev.mapsmith.reconstruction.vector.WideMarks.classify(
              wide, lines, headings, cfg.marks(), 0);
      wide.removeAll(marks.alongRoad());
      draw(g, d, k, lines, java.awt.Color.RED);
      draw(g, d, k, lineLike, java.awt.Color.ORANGE);
      draw(g, d, k, marks.alongRoad(), java.awt.Color.YELLOW);
      draw(g, d, k, wide, java.awt.Color.BLUE);
      g.setColor(java.awt.Color.MAGENTA);
      for (var l : marks.stopLines()) {
        double s = k / d.resolution;
        g.drawLine(
            (int) ((l.x(0) - d.minX) * s),
            d.height * k - 1 - (int) ((l.y(0) - d.minY) * s),
            (int) ((l.x(1) - d.minX) * s),
            d.height * k - 1 - (int) ((l.y(1) - d.minY) * s));
      }
      draw(g, d, k, curbs, java.awt.Color.GREEN);
      ImageIO.write(img, "png", Path.of(args[1]).toFile());
      StringBuilder sb = new StringBuilder();
      append(sb, "line", lines);
      append(sb, "wide", wide);
      append(sb, "linelike", lineLike);
      append(sb, "along", marks.alongRoad());
      for (var l : marks.stopLines()) {
        sb.append(
            String.format(
                Locale.ROOT, "stop %.2f %.2f %.2f %.2f%n", l.x(0), l.y(0), l.x(1), l.y(1)));
      }
      for (Blob m : wide) {
        double yaw = headings.near(m.cx(), m.cy());
        sb.append(
            String.format(
                Locale.ROOT,
                "wideheading %.2f %.2f len %.2f w %.2f cosHeading %.2f%n",
                m.cx(),
                m.cy(),
                m.length(),
                m.width(),
                Math.abs(Math.cos(yaw) * m.ux() + Math.sin(yaw) * m.uy())));
      }
      append(sb, "curb", curbs);
      Files.writeString(Path.of(args[2]), sb);
    }
  }

  private static void draw(
      java.awt.Graphics2D g, DenseLayers d, int k, List<Blob> blobs, java.awt.Color c) {
    g.setColor(c);
    double s = k / d.resolution;
    int h = d.height * k;
    for (Blob b : blobs) {
      int x0 = (int) ((b.endX(0) - d.minX) * s);
      int y0 = h - 1 - (int) ((b.endY(0) - d.minY) * s);
      int x1 = (int) ((b.endX(1) - d.minX) * s);
      int y1 = h - 1 - (int) ((b.endY(1) - d.minY) * s);
      g.drawLine(x0, y0, x1, y1);
    }
  }

  private static void append(StringBuilder sb, String kind, List<Blob> blobs) {
    for (Blob b : blobs) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%s %.2f %.2f %.2f %.2f %.3f %.3f%n",
              kind,
              b.cx(),
              b.cy(),
              b.length(),
              b.width(),
              b.ux(),
              b.uy()));
    }
  }
}
