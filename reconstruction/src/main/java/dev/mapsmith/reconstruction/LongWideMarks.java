package dev.mapsmith.reconstruction;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.reconstruction.grid.DenseLayers;
import dev.mapsmith.reconstruction.vector.Blob;
import dev.mapsmith.reconstruction.vector.BlobExtractor;
import dev.mapsmith.reconstruction.vector.Chain;
import dev.mapsmith.reconstruction.vector.LineChainer;
import dev.mapsmith.reconstruction.vector.MarkConfig;
import dev.mapsmith.reconstruction.vector.RoadDirection;
import dev.mapsmith.reconstruction.vector.SideContrast;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A long wide paint component is usually a double line, but a stop line often touches the double
 * line it ends at and joins its component, and a stop line across several lanes is long itself. The
 * component is cut into pieces, the pieces are chained (the corner between the two breaks the
 * chain), and each run is sorted by geometry: a straight run that stands across the road (its lane
 * lines, else the driving direction: {@link RoadDirection}) is a wide mark whatever its length, as
 * is any run no longer than {@link MarkConfig#wholeLength()}; every other run is paint along the
 * road, lane-line fragments.
 */
final class LongWideMarks {

  private LongWideMarks() {}

  static void sort(
      DenseLayers d,
      int[] comp,
      Bounds2 core,
      ReconstructionConfig cfg,
      Supplier<RoadDirection> road,
      List<Blob> lineFragments,
      List<Blob> wideMarks) {
    double size = cfg.pieceSize();
    MarkConfig m = cfg.marks();
    List<Blob> pieces = new ArrayList<>();
    for (Blob b : BlobExtractor.pieces(d, comp, d.intensity, size, 3).values()) {
      if (b.length() >= m.minPieceLength() && b.width() < m.maxPieceWidth()) {
        pieces.add(b);
      }
    }
    for (Chain c : LineChainer.chain(pieces, cfg.paintChain())) {
      double span = c.span();
      Blob run = span <= m.wholeLength() ? merge(c, d.resolution) : null;
      if (run == null) {
        Blob longRun = merge(c, d.resolution);
        if (straight(c, longRun, m.maxBarSag()) && road.get().across(longRun)) {
          run = longRun; // a bar across the road: a stop line over several lanes
        }
      }
      if (run != null) {
        if (span >= m.minMarkLength() && core.contains(run.cx(), run.cy())) {
          wideMarks.add(run);
        }
        continue;
      }
      for (Blob b : c.fragments()) {
        double kx = Math.floor(b.cx() / size) * size + size / 2;
        double ky = Math.floor(b.cy() / size) * size + size / 2;
        if (core.contains(kx, ky) && SideContrast.bothSidesDark(d, b, cfg.sides())) {
          lineFragments.add(b);
        }
      }
    }
  }

  /**
   * A short component that may be paint round a bend (a lane line smeared wider than the thin-line
   * test allows, whose principal axis would cut the bend as a straight chord): when the centres of
   * its pieces lie more than {@link MarkConfig#maxBarSag()} off the component's axis ({@code
   * whole}), the pieces become lane-line fragments and true is returned; otherwise nothing is added
   * and the caller keeps it whole (stop lines and zebra bars are straight).
   */
  static boolean sortIfBent(
      DenseLayers d,
      int[] comp,
      Blob whole,
      Bounds2 core,
      ReconstructionConfig cfg,
      List<Blob> lineFragments) {
    double size = cfg.pieceSize();
    MarkConfig m = cfg.marks();
    List<Blob> pieces = new ArrayList<>();
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, minCos = 1;
    for (Blob b : BlobExtractor.pieces(d, comp, d.intensity, size, 3).values()) {
      if (b.length() >= m.minPieceLength() && b.width() < m.maxPieceWidth()) {
        double dx = b.cx() - whole.cx(), dy = b.cy() - whole.cy();
        double v = -dx * whole.uy() + dy * whole.ux();
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
        for (Blob o : pieces) {
          if (b.length() >= m.minTurnPiece() && o.length() >= m.minTurnPiece()) {
            minCos = Math.min(minCos, Math.abs(b.ux() * o.ux() + b.uy() * o.uy()));
          }
        }
        pieces.add(b);
      }
    }
    // a bend: the pieces lie across the axis and turn gradually; zebra bars that merged lie across
    // it too, but stay parallel, or are cut into slivers standing square to them
    if (pieces.size() < 2
        || hi - lo <= m.maxBarSag()
        || minCos > Math.cos(Math.toRadians(m.minTurnDeg()))
        || minCos < Math.cos(Math.toRadians(m.maxTurnDeg()))) {
      return false;
    }
    for (Blob b : pieces) {
      double kx = Math.floor(b.cx() / size) * size + size / 2;
      double ky = Math.floor(b.cy() / size) * size + size / 2;
      if (core.contains(kx, ky) && SideContrast.bothSidesDark(d, b, cfg.sides())) {
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
    MarkConfig m = cfg.marks();
    List<Blob> pieces = new ArrayList<>();
    for (Blob b : BlobExtractor.pieces(d, comp, d.intensity, size, 3).values()) {
      if (b.length() >= m.minPieceLength() && b.width() < m.maxPieceWidth()) {
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
      if (isThroughLine(run, runs, m)) {
        for (Blob b : chains.get(i).fragments()) {
          double kx = Math.floor(b.cx() / size) * size + size / 2;
          double ky = Math.floor(b.cy() / size) * size + size / 2;
          if (core.contains(kx, ky)) {
            lineFragments.add(b);
          }
        }
      } else if (run.length() >= m.minMarkLength() && core.contains(run.cx(), run.cy())) {
        wideMarks.add(run);
      }
    }
  }

  private static boolean isThroughLine(Blob a, List<Blob> runs, MarkConfig m) {
    if (a.length() < m.minThroughLength()) {
      return false;
    }
    for (Blob b : runs) {
      if (b == a
          || Math.abs(a.ux() * b.ux() + a.uy() * b.uy()) > m.acrossCos()
          || b.length() < m.minMarkLength()) {
        continue;
      }
      for (int s = 0; s < 2; s++) {
        double dx = b.endX(s) - a.cx(), dy = b.endY(s) - a.cy();
        double along = dx * a.ux() + dy * a.uy(), across = -dx * a.uy() + dy * a.ux();
        if (Math.abs(across) <= m.throughReach()
            && Math.abs(along) <= a.length() / 2 - m.throughEndMargin()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether every fragment of the chain lies within {@code sag} of the run's axis. */
  private static boolean straight(Chain c, Blob run, double sag) {
    for (Blob b : c.fragments()) {
      double dx = b.cx() - run.cx(), dy = b.cy() - run.cy();
      if (Math.abs(-dx * run.uy() + dy * run.ux()) > sag) {
        return false;
      }
    }
    return true;
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
