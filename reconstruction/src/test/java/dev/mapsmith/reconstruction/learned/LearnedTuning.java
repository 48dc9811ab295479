package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.raster.BevChannel;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.drivelog.map.MapOrigins;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Tuning main (not a test) for the learned vector stage: segments a drive once (class raster cached
 * in a file), then vectorises and scores it against its truth as {@code mapsmith evaluate} does.
 * Usage: {@code LearnedTuning DRIVE TRUTH.osm MODEL_DIR CACHE}; system properties {@code
 * tuning.png=FILE} (classes dimmed, truth green, predictions drawn), {@code tuning.crop=x,y,w,h},
 * {@code tuning.truthpx=N}, {@code tuning.print=CLASS}. Tune on drives other than the evaluation
 * drive (docs/bench/models.md used suburb seed 15, typical noise).
 */
public final class LearnedTuning {

  private LearnedTuning() {}

  public static void main(String[] args) throws Exception {
    try (DriveLog drive = DriveLogs.open(Path.of(args[0]))) {
      FrameOfReference frame = drive.metadata().frame();
      Path cache = Path.of(args[3]);
      BevGrid grid = DriveRaster.grid(DriveRaster.corridor(List.of(drive), frame, 30));
      int n = grid.width() * grid.height();
      int[] classes = new int[n];
      float[] minZ = new float[n], span = new float[n], mean = new float[n];
      if (!Files.exists(cache)) {
        BevRaster raster =
            DriveRaster.build(
                List.of(drive), frame, grid, ReconstructionConfig.defaults(), ProgressMonitor.NONE);
        try (LaneSegmenter model = LaneSegmenter.load(Path.of(args[2]))) {
          classes = model.segmentRaster(raster, ProgressMonitor.NONE);
        }
        minZ = raster.channel(BevChannel.MIN_Z);
        span = raster.channel(BevChannel.HEIGHT_SPAN);
        mean = LearnedReconstruction.meanIntensity(raster);
        try (DataOutputStream out =
            new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(cache)))) {
          for (int i = 0; i < n; i++) {
            out.writeByte(classes[i]);
            out.writeFloat(minZ[i]);
            out.writeFloat(span[i]);
            out.writeFloat(mean[i]);
          }
        }
      } else {
        try (DataInputStream in =
            new DataInputStream(new GZIPInputStream(Files.newInputStream(cache)))) {
          for (int i = 0; i < n; i++) {
            classes[i] = in.readByte();
            minZ[i] = in.readFloat();
            span[i] = in.readFloat();
            mean[i] = in.readFloat();
          }
        }
      }
      long t0 = System.nanoTime();
      List<ClassVectorizer.Feature> features =
          ClassVectorizer.vectorize(
              grid,
              classes,
              minZ,
              span,
              mean,
              DriveRaster.headings(List.of(drive), frame),
              ReconstructionConfig.defaults(),
              LearnedVectorConfig.defaults());
      Provenance prov = new Provenance("learned:tuning", "0", "{}", List.of(), "", Instant.now());
      List<Primitive> prims = new ArrayList<>();
      for (ClassVectorizer.Feature f : features) {
        prims.add(
            new Primitive(
                prims.size() + 1,
                f.mapClass(),
                f.geometry(),
                f.attributes(),
                ReviewState.AUTO,
                Math.max(0, Math.min(1, f.score())),
                prov));
      }
      LaneMap predicted = new LaneMap(frame, prims);
      if (System.getProperty("tuning.print") != null) {
        for (Primitive p : prims) {
          if (p.mapClass().key().equals(System.getProperty("tuning.print"))) {
            var g = p.geometry();
            StringBuilder b = new StringBuilder(p.mapClass() + " score " + p.confidence());
            for (int i = 0; i < g.size(); i += Math.max(1, g.size() / 6)) {
              b.append(String.format(" (%.1f,%.1f)", g.x(i), g.y(i)));
            }
            System.out.println(b);
          }
        }
      }
      Path truthFile = Path.of(args[1]);
      var own = MapOrigins.find(truthFile).orElse(((LocalEnuFrame) frame).origin());
      LaneMap truth = Lanelet2Maps.read(truthFile, own).map();
      if (System.getProperty("tuning.print") != null) {
        var conv = dev.mapsmith.core.frame.FrameAlignment.converter(truth.frame(), frame);
        for (Primitive p : truth.primitives()) {
          if (p.mapClass().key().equals(System.getProperty("tuning.print"))) {
            StringBuilder b = new StringBuilder("TRUTH");
            for (int i = 0; i < p.geometry().size(); i++) {
              var q = conv.apply(p.geometry().point(i));
              b.append(String.format(" (%.1f,%.1f)", q.x(), q.y()));
            }
            System.out.println(b);
          }
        }
      }
      var result =
          Evaluation.evaluate(
              predicted, truth, EvalWindows.atSweeps(drive, EvalWindows.DEFAULT_SPACING));
      if (System.getProperty("tuning.png") != null) {
        draw(grid, frame, classes, prims, truth, Path.of(System.getProperty("tuning.png")));
      }
      System.out.printf(
          "vectorised in %.1f s, %d features; %s%n",
          (System.nanoTime() - t0) / 1e9, prims.size(), result.toJsonMap());
    }
  }

  /** Classes dimmed, truth in green, predictions in magenta (dividers) and cyan (others), 0.1 m. */
  static void draw(
      BevGrid g,
      FrameOfReference frame,
      int[] classes,
      List<Primitive> pred,
      LaneMap truth,
      Path file)
      throws java.io.IOException {
    int w = g.width(), h = g.height();
    var img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
    int[] dim = {0x000000, 0x606060, 0x606000, 0x600000, 0x203060, 0x006000};
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        img.setRGB(c, h - 1 - r, dim[classes[r * w + c]]);
      }
    }
    var gr = img.createGraphics();
    gr.setStroke(
        new java.awt.BasicStroke(Float.parseFloat(System.getProperty("tuning.truthpx", "6"))));
    for (Primitive p : truth.primitives()) {
      gr.setColor(java.awt.Color.GREEN.darker());
      if (!p.mapClass().key().equals("centerline")) {
        var conv = dev.mapsmith.core.frame.FrameAlignment.converter(truth.frame(), frame);
        java.util.List<dev.mapsmith.core.geom.Point3> pts = new java.util.ArrayList<>();
        for (int i = 0; i < p.geometry().size(); i++) {
          pts.add(
              conv.apply(
                  new dev.mapsmith.core.geom.Point3(p.geometry().x(i), p.geometry().y(i), 0)));
        }
        line(gr, g, p.withGeometry(dev.mapsmith.core.geom.Polyline.of(pts)));
      }
    }
    gr.setStroke(new java.awt.BasicStroke(2));
    int k = 0;
    java.awt.Color[] cycle = {
      java.awt.Color.MAGENTA, java.awt.Color.ORANGE, java.awt.Color.PINK, java.awt.Color.WHITE
    };
    for (Primitive p : pred) {
      gr.setColor(p.mapClass().key().equals("divider") ? cycle[k++ % 4] : java.awt.Color.CYAN);
      line(gr, g, p);
    }
    String crop = System.getProperty("tuning.crop");
    if (crop != null) {
      String[] c = crop.split(",");
      img =
          img.getSubimage(
              Integer.parseInt(c[0]),
              Integer.parseInt(c[1]),
              Integer.parseInt(c[2]),
              Integer.parseInt(c[3]));
    }
    javax.imageio.ImageIO.write(img, "png", file.toFile());
  }

  private static void line(java.awt.Graphics2D gr, BevGrid g, Primitive p) {
    var l = p.geometry();
    for (int i = 0; i + 1 < l.size(); i++) {
      gr.drawLine(
          (int) ((l.x(i) - g.minX()) / g.resolution()),
          g.height() - 1 - (int) ((l.y(i) - g.minY()) / g.resolution()),
          (int) ((l.x(i + 1) - g.minX()) / g.resolution()),
          g.height() - 1 - (int) ((l.y(i + 1) - g.minY()) / g.resolution()));
    }
  }
}
