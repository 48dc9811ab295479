package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.training.LaneClass;
import java.util.List;

/**
 * Rasterises labels into a tile's class mask, image order (row 0 north): crosswalk polygons filled
 * first, then lines {@link TrainingSetOptions#LINE_WIDTH_M} wide on top.
 */
final class TileMask {

  private TileMask() {}

  static byte[] draw(BevGrid grid, List<Primitive> labels) {
    int w = grid.width(), h = grid.height();
    byte[] mask = new byte[w * h];
    for (Primitive p : labels) {
      if (p.closed() && LaneClass.of(p) != LaneClass.BACKGROUND) {
        fill(grid, p.geometry(), (byte) LaneClass.of(p).ordinal(), mask);
      }
    }
    for (Primitive p : labels) {
      if (!p.closed() && LaneClass.of(p) != LaneClass.BACKGROUND) {
        stroke(grid, p.geometry(), (byte) LaneClass.of(p).ordinal(), mask);
      }
    }
    return mask;
  }

  private static double x(BevGrid g, int col) {
    return g.minX() + (col + 0.5) * g.resolution();
  }

  private static double yOfImageRow(BevGrid g, int row) {
    return g.minY() + (g.height() - row - 0.5) * g.resolution();
  }

  private static void stroke(BevGrid g, Polyline line, byte value, byte[] mask) {
    double half = TrainingSetOptions.LINE_WIDTH_M / 2;
    for (int i = 0; i + 1 < line.size(); i++) {
      double minX = Math.min(line.x(i), line.x(i + 1)) - half,
          maxX = Math.max(line.x(i), line.x(i + 1)) + half;
      double minY = Math.min(line.y(i), line.y(i + 1)) - half,
          maxY = Math.max(line.y(i), line.y(i + 1)) + half;
      int c0 = Math.max(0, (int) Math.floor((minX - g.minX()) / g.resolution()));
      int c1 = Math.min(g.width() - 1, (int) Math.floor((maxX - g.minX()) / g.resolution()));
      int r0 = Math.max(0, g.height() - 1 - (int) Math.floor((maxY - g.minY()) / g.resolution()));
      int r1 =
          Math.min(
              g.height() - 1,
              g.height() - 1 - (int) Math.floor((minY - g.minY()) / g.resolution()));
      for (int row = r0; row <= r1; row++) {
        for (int col = c0; col <= c1; col++) {
          if (Polylines.distanceToSegment2d(line, i, x(g, col), yOfImageRow(g, row)) <= half) {
            mask[row * g.width() + col] = value;
          }
        }
      }
    }
  }

  private static void fill(BevGrid g, Polyline ring, byte value, byte[] mask) {
    for (int row = 0; row < g.height(); row++) {
      double y = yOfImageRow(g, row);
      for (int col = 0; col < g.width(); col++) {
        if (inside(ring, x(g, col), y)) {
          mask[row * g.width() + col] = value;
        }
      }
    }
  }

  static boolean inside(Polyline ring, double px, double py) {
    boolean in = false;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      double xi = ring.x(i), yi = ring.y(i), xj = ring.x(j), yj = ring.y(j);
      if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) {
        in = !in;
      }
    }
    return in;
  }
}
