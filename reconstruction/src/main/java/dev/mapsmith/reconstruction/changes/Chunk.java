package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.reconstruction.eval.EvalWindow;

/**
 * An observed piece of a prior element (packed world samples) and the window it is judged in: along
 * the piece, as long as the piece plus a metre each end, as wide as the farthest move searched for
 * on both sides.
 */
record Chunk(double[] xy, boolean closed, double length, EvalWindow window) {

  static Chunk of(double[] xy, boolean closed, ChangeConfig cfg) {
    int n = xy.length / 2;
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    double length = 0;
    for (int i = 0; i < n; i++) {
      minX = Math.min(minX, xy[2 * i]);
      maxX = Math.max(maxX, xy[2 * i]);
      minY = Math.min(minY, xy[2 * i + 1]);
      maxY = Math.max(maxY, xy[2 * i + 1]);
      if (i > 0) {
        length += Math.hypot(xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
      }
    }
    double margin = 2 * (cfg.moveMax() + 0.5);
    EvalWindow w;
    if (closed) {
      w =
          new EvalWindow(
              (minX + maxX) / 2, (minY + maxY) / 2, 0, maxX - minX + margin, maxY - minY + margin);
    } else {
      double dx = xy[2 * n - 2] - xy[0], dy = xy[2 * n - 1] - xy[1];
      double heading = Math.atan2(dy, dx);
      double chord = Math.hypot(dx, dy);
      double sag = 0;
      for (int i = 0; i < n; i++) {
        double ly =
            -(xy[2 * i] - xy[0]) * Math.sin(heading) + (xy[2 * i + 1] - xy[1]) * Math.cos(heading);
        sag = Math.max(sag, Math.abs(ly));
      }
      w =
          new EvalWindow(
              (xy[0] + xy[2 * n - 2]) / 2,
              (xy[1] + xy[2 * n - 1]) / 2,
              heading,
              chord + 2,
              2 * sag + margin);
    }
    return new Chunk(xy, closed, length, w);
  }

  /** The samples in window-local coordinates. */
  double[] local() {
    double[] out = new double[xy.length];
    for (int i = 0; i < xy.length / 2; i++) {
      out[2 * i] = window.localX(xy[2 * i], xy[2 * i + 1]);
      out[2 * i + 1] = window.localY(xy[2 * i], xy[2 * i + 1]);
    }
    return out;
  }
}
