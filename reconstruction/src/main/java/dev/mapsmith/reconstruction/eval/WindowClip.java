package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts primitives of one class to one window: moves them into window-local coordinates, clips them
 * to the rectangle (a line may become several instances, a polygon stays one ring) and resamples
 * each instance to 100 points.
 */
public final class WindowClip {

  private WindowClip() {}

  /** The instances of class {@code c} among {@code primitives} inside {@code w}. */
  public static List<ClippedLine> clip(EvalWindow w, List<Primitive> primitives, MapClass c) {
    RectClipper clipper = new RectClipper(w.length() / 2, w.width() / 2);
    List<ClippedLine> out = new ArrayList<>();
    for (Primitive p : primitives) {
      if (p.mapClass() != c || !p.geometry().bounds().intersects(w.worldBounds())) {
        continue;
      }
      double[] local = toLocal(w, p.geometry());
      if (c.closed()) {
        double[] ring = clipper.clipRing(local);
        if (ring.length >= 6 && length(ring) > 1e-6) {
          out.add(new ClippedLine(Chamfer.resample(ring, true), p.confidence(), p));
        }
      } else {
        for (double[] piece : clipper.clipLine(local)) {
          if (length(piece) > 1e-6) {
            out.add(new ClippedLine(Chamfer.resample(piece, false), p.confidence(), p));
          }
        }
      }
    }
    return out;
  }

  private static double[] toLocal(EvalWindow w, Polyline g) {
    double[] xy = new double[2 * g.size()];
    for (int i = 0; i < g.size(); i++) {
      xy[2 * i] = w.localX(g.x(i), g.y(i));
      xy[2 * i + 1] = w.localY(g.x(i), g.y(i));
    }
    return xy;
  }

  private static double length(double[] xy) {
    double[] xyz = new double[xy.length / 2 * 3];
    for (int i = 0; i < xy.length / 2; i++) {
      xyz[3 * i] = xy[2 * i];
      xyz[3 * i + 1] = xy[2 * i + 1];
    }
    return Polylines.length2d(Polyline.of(xyz), false);
  }
}
