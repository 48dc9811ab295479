package dev.mapsmith.reconstruction;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.reconstruction.grid.DenseLayers;
import dev.mapsmith.reconstruction.vector.Blob;
import dev.mapsmith.reconstruction.vector.BlobExtractor;
import dev.mapsmith.reconstruction.vector.Chain;
import dev.mapsmith.reconstruction.vector.LineChainer;
import dev.mapsmith.reconstruction.vector.SideContrast;
import java.util.ArrayList;
import java.util.List;

/**
 * A long wide paint component is usually a double line, but a stop line often touches the double
 * line it ends at and joins its component. The component is cut into pieces, the pieces are chained
 * (the corner between the two breaks the chain), and each straight run is sorted: short runs are
 * wide marks (stop-line candidates), long runs are lane-line fragments.
 */
final class LongWideMarks {

  private static final double MAX_WIDTH = 0.7;

  /**
   * A short run that bows more than this (m) from its chord is paint round a bend, a lane line:
   * stop lines and zebra bars are straight.
   */
  private static final double MAX_BAR_SAG = 0.3;

  /** ...and whose pieces (this long, m) turn by 30–65° from one another. */
  private static final double MIN_TURN_PIECE = 0.8;

  private static final double MIN_TURN_COS = Math.cos(Math.toRadians(30));

  private static final double MAX_TURN_COS = Math.cos(Math.toRadians(65));

  private LongWideMarks() {}

  static void sort(
      DenseLayers d,
      int[] comp,
      Bounds2 core,
      ReconstructionConfig cfg,
      List<Blob> lineFragments,
      List<Blob> wideMarks) {
    double size = cfg.pieceSize();
    List<Blob> pieces = new ArrayList<>();
    for (Blob b : BlobExtractor.pieces(d, comp, d.intensity, size, 3).values()) {
      if (b.length() >= 0.4 && b.width() < MAX_WIDTH) {
        pieces.add(b);
      }
    }
    for (Chain c : LineChainer.chain(pieces, cfg.paintChain())) {
      double span = c.span();
      if (span <= 8) {
        Blob run = merge(c, d.resolution);
        if (span >= 1.0 && core.contains(run.cx(), run.cy())) {
          wideMarks.add(run);
        }
        continue;
      }
      for (Blob b : c.fragments()) {
        double kx = Math.floor(b.cx() / size) * size + size / 2;
        double ky = Math.floor(b.cy() / size) * size + size / 2;
        if (core.contains(kx, ky) && SideContrast.bothSidesDark(d, b)) {
          lineFragments.add(b);
        }
      }
    }
  }

  /**
   * A short component that may be paint round a bend (a lane line smeared wider than the thin-line
   * test allows, whose principal axis would cut the bend as a straight chord): when the centres of
   * its pieces lie more than {@link #MAX_BAR_SAG} off the component's axis ({@code whole}), the
   * pieces become lane-line fragments and true is returned; otherwise nothing is added and the
   * caller keeps it whole (stop lines and zebra bars are straight).
   */
  static boolean sortIfBent(
      DenseLayers d,
      int[] comp,
      Blob whole,
      Bounds2 core,
      ReconstructionConfig cfg,
      List<Blob> lineFragments) {
    double size = cfg.pieceSize();
    List<Blob> pieces = new ArrayList<>();
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, minCos = 1;
    for (Blob b : BlobExtractor.pieces(d, comp, d.intensity, size, 3).values()) {
      if (b.length() >= 0.4 && b.width() < MAX_WIDTH) {
        double dx = b.cx() - whole.cx(), dy = b.cy() - whole.cy();
        double v = -dx * whole.uy() + dy * whole.ux();
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
        for (Blob o : pieces) {
          if (b.length() >= MIN_TURN_PIECE && o.length() >= MIN_TURN_PIECE) {
            minCos = Math.min(minCos, Math.abs(b.ux() * o.ux() + b.uy() * o.uy()));
          }
        }
        pieces.add(b);
      }
    }
    // a bend: the pieces lie across the axis and turn gradually; zebra bars that merged lie across
    // it too, but stay parallel, or are cut into slivers standing square to them
    if (pieces.size() < 2
        || hi - lo <= MAX_BAR_SAG
        || minCos > MIN_TURN_COS
        || minCos < MAX_TURN_COS) {
      return false;
    }
    for (Blob b : pieces) {
      double kx = Math.floor(b.cx() / size) * size + size / 2;
      double ky = Math.floor(b.cy() / size) * size + size / 2;
      if (core.contains(kx, ky) && SideContrast.bothSidesDark(d, b)) {
        lineFragments.add(b);
      }
    }
    return true;
  }

  /**
   * A short component that is not one bar, e.g. a stop line whose end touches the first dash of the
   * line it starts at (a T). Its straight runs are found as in {@link #sort}; a run that another
   * run, standing across it (over 60°), ends on away from its own ends is the through line of the
   * T: a lane-line fragment. All other runs are wide marks, as a whole component would have been.
   */
  static void sortJunction(
      DenseLayers d,
      int[] comp,
      Bounds2 core,
      ReconstructionConfig cfg,
      List<Blob> lineFragments,
      List<Blob> wideMarks) {
    double size = cfg.pieceSize();
    List<Blob> pieces = new ArrayList<>();
    for (Blob b : BlobExtractor.pieces(d, comp, d.intensity, size, 3).values()) {
      if (b.length() >= 0.4 && b.width() < MAX_WIDTH) {
        pieces.add(b);
      }
    }
    List<Chain> chains = LineChainer.chain(pieces, cfg.paintChain());
    List<Blob> runs = new ArrayList<>();
    for (Chain c : chains) {
      runs.add(merge(c, d.resolution));
    }
    for (int i = 0; i < runs.size(); i++) {
      Blob run = runs.get(i);
      if (isThroughLine(run, runs)) {
        for (Blob b : chains.get(i).fragments()) {
          double kx = Math.floor(b.cx() / size) * size + size / 2;
          double ky = Math.floor(b.cy() / size) * size + size / 2;
          if (core.contains(kx, ky)) {
            lineFragments.add(b);
          }
        }
      } else if (run.length() >= 1.0 && core.contains(run.cx(), run.cy())) {
        wideMarks.add(run);
      }
    }
  }

  private static boolean isThroughLine(Blob a, List<Blob> runs) {
    if (a.length() < 2.0) {
      return false;
    }
    for (Blob b : runs) {
      if (b == a || Math.abs(a.ux() * b.ux() + a.uy() * b.uy()) > 0.5 || b.length() < 1.0) {
        continue;
      }
      for (int s = 0; s < 2; s++) {
        double dx = b.endX(s) - a.cx(), dy = b.endY(s) - a.cy();
        double along = dx * a.ux() + dy * a.uy(), across = -dx * a.uy() + dy * a.ux();
        if (Math.abs(across) <= 1.0 && Math.abs(along) <= a.length() / 2 - 0.75) {
          return true;
        }
      }
    }
    return false;
  }

  /** One straight bar from the chain's first end to its last, with the mean width and value. */
  private static Blob merge(Chain c, double res) {
    Blob first = c.fragments().get(0), last = c.fragments().get(c.fragments().size() - 1);
    int s0 = c.forward()[0] ? 0 : 1, s1 = c.forward()[c.fragments().size() - 1] ? 1 : 0;
    double ax = first.endX(s0), ay = first.endY(s0), bx = last.endX(s1), by = last.endY(s1);
    double len = Math.hypot(bx - ax, by - ay);
    double ux = len < 1e-9 ? first.ux() : (bx - ax) / len,
        uy = len < 1e-9 ? first.uy() : (by - ay) / len;
    double width = 0, value = 0;
    int cells = 0;
    for (Blob b : c.fragments()) {
      width += b.width() * b.cells();
      value += b.value() * b.cells();
      cells += b.cells();
    }
    return new Blob(
        (ax + bx) / 2,
        (ay + by) / 2,
        ux,
        uy,
        Math.max(len, res),
        width / cells,
        cells,
        value / cells);
  }
}
