package dev.mapsmith.batch;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A tile's outline in its own frame, its area with a margin, and cutting primitives to it. */
final class TileGeometry {

  private TileGeometry() {}

  /** The tile's corners in its own frame, counter-clockwise. */
  static double[][] polygon(long cell, LocalEnuFrame frame) {
    EnuProjection p = frame.projection();
    double[][] ll = Tiles.corners(cell);
    double[][] out = new double[4][];
    for (int i = 0; i < 4; i++) {
      Point3 e = p.toEnu(ll[i][0], ll[i][1], frame.origin().altM());
      out[i] = new double[] {e.x(), e.y()};
    }
    return out;
  }

  /** The polygon's bounding box grown by {@code margin}. */
  static Bounds2 bounds(double[][] poly, double margin) {
    double x0 = Double.MAX_VALUE,
        y0 = Double.MAX_VALUE,
        x1 = -Double.MAX_VALUE,
        y1 = -Double.MAX_VALUE;
    for (double[] c : poly) {
      x0 = Math.min(x0, c[0]);
      y0 = Math.min(y0, c[1]);
      x1 = Math.max(x1, c[0]);
      y1 = Math.max(y1, c[1]);
    }
    return new Bounds2(x0 - margin, y0 - margin, x1 + margin, y1 + margin);
  }

  /** A polygon keeps the tile that holds its centre; a line is cut at the tile's edges. */
  static List<Piece> clip(Primitive p, double[] xyz, double[][] poly, long tile) {
    if (p.mapClass().closed()) {
      double cx = 0, cy = 0;
      int n = xyz.length / 3;
      for (int i = 0; i < n; i++) {
        cx += xyz[3 * i] / n;
        cy += xyz[3 * i + 1] / n;
      }
      return ConvexClip.inside(cx, cy, poly)
          ? List.of(Piece.of(p, xyz, tile, false, false))
          : List.of();
    }
    List<Piece> out = new ArrayList<>();
    for (ConvexClip.Part part : ConvexClip.clip(xyz, poly)) {
      out.add(Piece.of(p, part.xyz(), tile, part.cutStart(), part.cutEnd()));
    }
    return out;
  }

  /** Each (x, y, z) of {@code xyz} through {@code f}. */
  static double[] convert(double[] xyz, UnaryOperator<Point3> f) {
    double[] out = new double[xyz.length];
    for (int i = 0; i < xyz.length; i += 3) {
      Point3 q = f.apply(new Point3(xyz[i], xyz[i + 1], xyz[i + 2]));
      out[i] = q.x();
      out[i + 1] = q.y();
      out[i + 2] = q.z();
    }
    return out;
  }
}
