package dev.mapsmith.sampledrives.scene;

import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;

/** Where the ground is road surface: lanelet outlines rasterised at {@value #RES} m. */
public final class RoadMask {

  static final double RES = 0.25;

  private final byte[] cells;
  private final double minX;
  private final double minY;
  private final int w;
  private final int h;

  RoadMask(List<List<double[]>> outlines, double minX, double minY, double maxX, double maxY) {
    this.minX = minX;
    this.minY = minY;
    w = (int) Math.ceil((maxX - minX) / RES);
    h = (int) Math.ceil((maxY - minY) / RES);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    var g = img.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    for (List<double[]> ring : outlines) {
      Polygon poly = new Polygon();
      for (double[] q : ring) {
        poly.addPoint((int) Math.round((q[0] - minX) / RES), (int) Math.round((q[1] - minY) / RES));
      }
      g.fillPolygon(poly);
    }
    g.dispose();
    cells = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
  }

  public boolean isRoad(double x, double y) {
    int c = (int) ((x - minX) / RES), r = (int) ((y - minY) / RES);
    return x >= minX && y >= minY && c < w && r < h && cells[r * w + c] != 0;
  }

  /** Whether any road lies within the rectangle. */
  public boolean anyRoad(double x0, double y0, double x1, double y1) {
    int c0 = Math.max(0, (int) ((x0 - minX) / RES)),
        c1 = Math.min(w - 1, (int) ((x1 - minX) / RES));
    int r0 = Math.max(0, (int) ((y0 - minY) / RES)),
        r1 = Math.min(h - 1, (int) ((y1 - minY) / RES));
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        if (cells[r * w + c] != 0) {
          return true;
        }
      }
    }
    return false;
  }
}
