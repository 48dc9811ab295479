package dev.mapsmith.viewer3d.render;

/** Builds square markers (vertex handles): position, size in pixels, colour, pick id. */
final class MarkerBuilder {

  /** Floats per marker: x, y, z, size, r, g, b, a, id. */
  static final int STRIDE_FLOATS = 9;

  final VertexData data = new VertexData();

  int markers() {
    return data.floats() / STRIDE_FLOATS;
  }

  void marker(double x, double y, double z, float sizePx, int rgb, int id) {
    data.put(x, y, z).put(sizePx).putRgb(rgb).put(1f).putInt(id);
  }
}
