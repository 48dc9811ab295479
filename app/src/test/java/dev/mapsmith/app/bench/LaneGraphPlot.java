package dev.mapsmith.app.bench;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.map.Primitive;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A top view for looking at one drive's lane graph by eye (the lane graph benchmark's {@code
 * --plots} option): input lines grey, the truth's centerlines green, the built lanelets' bounds
 * blue and centerlines red with an arrow at their end, the drive black.
 */
final class LaneGraphPlot {

  private final BufferedImage img;
  private final Graphics2D g;
  private final double minX, maxY, scale;

  LaneGraphPlot(Polyline path, double margin, int pixels) {
    var b = path.bounds();
    minX = b.minX() - margin;
    maxY = b.maxY() + margin;
    double w = b.maxX() - b.minX() + 2 * margin, h = b.maxY() - b.minY() + 2 * margin;
    scale = pixels / Math.max(w, h);
    img =
        new BufferedImage(
            (int) Math.ceil(w * scale), (int) Math.ceil(h * scale), BufferedImage.TYPE_INT_RGB);
    g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
  }

  void lines(List<Primitive> prims, Color c) {
    for (Primitive p : prims) {
      line(p.geometry(), c, 1f);
    }
  }

  void graph(LaneGraph graph, Color bound, Color centre, float width) {
    for (Lanelet l : graph.lanelets()) {
      line(LaneletGeometry.left(graph, l), bound, 1f);
      line(LaneletGeometry.right(graph, l), bound, 1f);
      Polyline c = LaneletGeometry.centerline(graph, l);
      line(c, centre, width);
      int n = c.size();
      double dx = c.x(n - 1) - c.x(n - 2), dy = c.y(n - 1) - c.y(n - 2), d = Math.hypot(dx, dy);
      if (d > 1e-9) {
        dx /= d;
        dy /= d;
        double x = c.x(n - 1), y = c.y(n - 1);
        line(Polyline.of(x - 1.5 * dx - dy, y - 1.5 * dy + dx, 0, x, y, 0), centre, width);
        line(Polyline.of(x - 1.5 * dx + dy, y - 1.5 * dy - dx, 0, x, y, 0), centre, width);
      }
    }
  }

  void line(Polyline p, Color c, float width) {
    g.setColor(c);
    g.setStroke(new BasicStroke(width));
    for (int i = 0; i + 1 < p.size(); i++) {
      g.drawLine(px(p.x(i)), py(p.y(i)), px(p.x(i + 1)), py(p.y(i + 1)));
    }
  }

  private int px(double x) {
    return (int) Math.round((x - minX) * scale);
  }

  private int py(double y) {
    return (int) Math.round((maxY - y) * scale);
  }

  void write(Path file) throws IOException {
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
  }
}
