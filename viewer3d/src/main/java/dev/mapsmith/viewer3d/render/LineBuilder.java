package dev.mapsmith.viewer3d.render;

import dev.mapsmith.core.geom.Polyline;

/**
 * Builds wide-line vertices: each segment becomes two triangles whose corners the vertex shader
 * pushes apart in screen space. Widths are metres with a minimum in pixels.
 */
final class LineBuilder {

  /** Floats per vertex: a(3) b(3) params(4) width(2) colour(4) id(1). */
  static final int STRIDE_FLOATS = 17;

  private static final float[][] CORNERS = {{0, -1}, {0, 1}, {1, -1}, {1, -1}, {0, 1}, {1, 1}};

  final VertexData data = new VertexData();

  int vertices() {
    return data.floats() / STRIDE_FLOATS;
  }

  /** One polyline; {@code dashPeriod} 0 draws solid, else dashes one third of the period long. */
  void polyline(
      Polyline line,
      boolean closed,
      float widthMetres,
      float minPx,
      int rgb,
      float dashPeriod,
      int id) {
    int n = line.size();
    double along = 0;
    int segments = closed && n > 2 ? n : n - 1;
    for (int i = 0; i < segments; i++) {
      int j = (i + 1) % n;
      double len = line.point(i).distanceTo(line.point(j));
      segment(
          line.x(i),
          line.y(i),
          line.z(i),
          line.x(j),
          line.y(j),
          line.z(j),
          along,
          along + len,
          widthMetres,
          minPx,
          rgb,
          dashPeriod,
          id);
      along += len;
    }
  }

  void segment(
      double ax,
      double ay,
      double az,
      double bx,
      double by,
      double bz,
      double alongA,
      double alongB,
      float widthMetres,
      float minPx,
      int rgb,
      float dashPeriod,
      int id) {
    for (float[] c : CORNERS) {
      data.put(ax, ay, az).put(bx, by, bz);
      data.put(c[0]).put(c[1]).put((float) (c[0] == 0 ? alongA : alongB)).put(dashPeriod);
      data.put(widthMetres).put(minPx);
      data.putRgb(rgb).put(1f);
      data.putInt(id);
    }
  }
}
