package dev.mapsmith.reconstruction.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The polyline of a chain of pieces, in the sweep's local frame: the start of the first piece, the
 * centre of each hit (of its points near the piece's line, so a hit smeared along a ring does not
 * pull the line off), the end of the last piece. A line that bends follows its hits rather than the
 * straight pieces. Vertices are {u, v, z}.
 */
final class ChainGeometry {

  private ChainGeometry() {}

  static List<double[]> vertices(List<LinePiece> chain, double inlierDistance) {
    List<double[]> out = new ArrayList<>();
    LinePiece first = chain.get(0), last = chain.get(chain.size() - 1);
    out.add(new double[] {first.u(first.t0()), first.v(first.t0()), nearestZ(first, first.t0())});
    for (LinePiece p : chain) {
      double s = Math.sin(p.angle()), c = Math.cos(p.angle());
      List<double[]> centres = new ArrayList<>();
      for (PaintHit h : p.hits()) {
        double st = 0, sd = 0;
        int n = 0;
        for (int i = 0; i < h.u().length; i++) {
          double t = h.u()[i] * c + h.v()[i] * s, d = -h.u()[i] * s + h.v()[i] * c - p.offset();
          if (Math.abs(d) <= inlierDistance) {
            st += t;
            sd += d;
            n++;
          }
        }
        if (n > 0) {
          double t = st / n, d = sd / n + p.offset();
          centres.add(new double[] {t, t * c - d * s, t * s + d * c, h.z()});
        }
      }
      centres.sort((a, b) -> Double.compare(a[0], b[0]));
      for (double[] k : centres) {
        if (k[0] > p.t0() && k[0] < p.t1()) {
          out.add(new double[] {k[1], k[2], k[3]});
        }
      }
    }
    out.add(new double[] {last.u(last.t1()), last.v(last.t1()), nearestZ(last, last.t1())});
    return out;
  }

  private static double nearestZ(LinePiece p, double t) {
    double s = Math.sin(p.angle()), c = Math.cos(p.angle());
    double best = Double.MAX_VALUE, z = 0;
    for (PaintHit h : p.hits()) {
      double d = Math.abs(h.cu() * c + h.cv() * s - t);
      if (d < best) {
        best = d;
        z = h.z();
      }
    }
    return z;
  }
}
