package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts wide painted marks (bars wider than a lane line) into crosswalks and stop lines: marks that
 * stand parallel side by side, at least three within {@code stripeGap} metres of the next, are the
 * stripes of a zebra crossing, outlined by the rectangle around them; a lone mark across the
 * driving direction is a stop line.
 */
public final class WideMarks {

  /**
   * Crosswalk outlines (closed rings) and stop lines (two-point lines) with their support, and the
   * lone marks that run along the road ({@code alongRoad}: neither, but shaped like a stretch of a
   * lane line that the grid drew wider than the thin-line test allows).
   */
  public record Result(
      List<Polyline> crossings,
      List<Polyline> stopLines,
      List<Double> crossingScores,
      List<Double> stopScores,
      List<Blob> alongRoad) {}

  private WideMarks() {}

  public static Result classify(List<Blob> marks, Headings headings, MarkConfig cfg, double z) {
    return classify(marks, List.of(), headings, cfg, z);
  }

  /**
   * As above; a stop line must stand across the lane lines near it ({@code lineFragments} within
   * {@link MarkConfig#nearLine()}), or across the driving direction where there are none.
   */
  public static Result classify(
      List<Blob> marks, List<Blob> lineFragments, Headings headings, MarkConfig cfg, double z) {
    SpatialIndex lines = lineFragments.isEmpty() ? null : new SpatialIndex(lineFragments, 8);
    double stripeCos = Math.cos(Math.toRadians(cfg.stripeAngleDeg()));
    RoadDirection road = new RoadDirection(lineFragments, headings, cfg);
    int n = marks.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Blob a = marks.get(i), b = marks.get(j);
        boolean parallel = Math.abs(a.ux() * b.ux() + a.uy() * b.uy()) > stripeCos;
        double across = Math.abs(-(b.cx() - a.cx()) * a.uy() + (b.cy() - a.cy()) * a.ux());
        double along = Math.abs((b.cx() - a.cx()) * a.ux() + (b.cy() - a.cy()) * a.uy());
        if (parallel
            && across <= cfg.stripeGap() + (a.width() + b.width()) / 2
            && along < cfg.stripeStagger()) {
          parent[DisjointSets.root(parent, i)] = DisjointSets.root(parent, j);
        }
      }
    }
    List<List<Blob>> groups = new ArrayList<>();
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = DisjointSets.root(parent, i);
      int k = roots.indexOf(r);
      if (k < 0) {
        roots.add(r);
        groups.add(new ArrayList<>());
        k = groups.size() - 1;
      }
      groups.get(k).add(marks.get(i));
    }
    List<Polyline> crossings = new ArrayList<>(), stops = new ArrayList<>();
    List<Double> cs = new ArrayList<>(), ss = new ArrayList<>();
    List<Blob> along = new ArrayList<>();
    for (List<Blob> g : groups) {
      if (g.size() >= cfg.minStripes()) {
        crossings.add(outline(g, z));
        cs.add(Math.min(1, 0.4 + 0.1 * g.size()));
      } else {
        for (Blob b : g) {
          double cos = road.cosTo(b);
          // a smeared line can leave two marks side by side: no stripe group, still on the axis
          boolean inLine = inLineWithALaneLine(b, lines, lineFragments, cfg);
          if ((inLine && b.length() >= cfg.minMarkLength() || besidePath(b, headings, cfg))
              && b.width() <= cfg.maxSmearWidth()) {
            along.add(b);
          } else if (inLine) {
            // on a lane line's axis: a stop line stands across lane lines, never in line with one
            if (b.length() >= cfg.minAlongLength() && b.width() <= cfg.maxFarSmearWidth()) {
              along.add(b); // a far stretch, smeared wider still
            }
          } else if (cos < cfg.acrossCos() && b.length() >= cfg.minStopLength()) {
            stops.add(Polyline.of(b.endX(0), b.endY(0), z, b.endX(1), b.endY(1), z));
            ss.add(Math.min(1, 0.3 + 0.15 * b.length()));
          } else if (cos > cfg.alongCos()
              && b.length() >= cfg.minAlongLength()
              && b.width() <= cfg.maxAlongWidth()
              && g.size() == 1
              && inLine) {
            along.add(b);
          }
        }
      }
    }
    return new Result(crossings, stops, cs, ss, along);
  }

  /**
   * Whether a lone mark lies like the edge line of the lane being driven: at least {@link
   * MarkConfig#minAlongLength()} long, parallel to the nearest pose's heading and {@link
   * MarkConfig#besidePathMin()}–{@link MarkConfig#besidePathMax()} to its side.
   */
  private static boolean besidePath(Blob b, Headings headings, MarkConfig cfg) {
    double[] p = headings.nearest(b.cx(), b.cy());
    if (p == null || b.length() < cfg.minAlongLength()) {
      return false;
    }
    double hx = Math.cos(p[2]), hy = Math.sin(p[2]);
    double side = Math.abs(-(b.cx() - p[0]) * hy + (b.cy() - p[1]) * hx);
    return Math.abs(hx * b.ux() + hy * b.uy()) > cfg.inLineCos()
        && side >= cfg.besidePathMin()
        && side <= cfg.besidePathMax();
  }

  /** Whether a lane-line fragment within {@link MarkConfig#nearLine()} runs on the mark's axis. */
  private static boolean inLineWithALaneLine(
      Blob b, SpatialIndex index, List<Blob> lines, MarkConfig cfg) {
    if (index == null) {
      return false;
    }
    for (int k : index.near(b.cx(), b.cy(), cfg.nearLine() + b.length() / 2)) {
      Blob l = lines.get(k);
      double dx = l.cx() - b.cx(), dy = l.cy() - b.cy();
      // off the axis of either (a short mark a few degrees off measures far off the other's)
      double off =
          Math.min(Math.abs(-dx * b.uy() + dy * b.ux()), Math.abs(-dx * l.uy() + dy * l.ux()));
      if (l.length() >= cfg.lineMinLength()
          && Math.abs(l.ux() * b.ux() + l.uy() * b.uy()) > cfg.inLineCos()
          && off <= cfg.inLineOffset()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rectangle around the stripes, along their mean direction (weighted by length, as doubled
   * angles so that opposite directions agree): a crosswalk at any angle to the road keeps the angle
   * its stripes have.
   */
  private static Polyline outline(List<Blob> stripes, double z) {
    double c2 = 0, s2 = 0;
    for (Blob b : stripes) {
      c2 += b.length() * (b.ux() * b.ux() - b.uy() * b.uy());
      s2 += b.length() * 2 * b.ux() * b.uy();
    }
    double angle = 0.5 * Math.atan2(s2, c2);
    double ux = Math.cos(angle), uy = Math.sin(angle);
    double minS = Double.POSITIVE_INFINITY, maxS = Double.NEGATIVE_INFINITY;
    double minV = Double.POSITIVE_INFINITY, maxV = Double.NEGATIVE_INFINITY;
    for (Blob b : stripes) {
      for (int e = 0; e < 2; e++) {
        for (int side = -1; side <= 1; side += 2) {
          double x = b.endX(e) - side * b.width() / 2 * uy,
              y = b.endY(e) + side * b.width() / 2 * ux;
          double s = x * ux + y * uy, v = -x * uy + y * ux;
          minS = Math.min(minS, s);
          maxS = Math.max(maxS, s);
          minV = Math.min(minV, v);
          maxV = Math.max(maxV, v);
        }
      }
    }
    double[][] corners = {{minS, minV}, {maxS, minV}, {maxS, maxV}, {minS, maxV}};
    double[] xyz = new double[12];
    for (int i = 0; i < 4; i++) {
      double s = corners[i][0], v = corners[i][1];
      xyz[3 * i] = s * ux - v * uy;
      xyz[3 * i + 1] = s * uy + v * ux;
      xyz[3 * i + 2] = z;
    }
    return Polyline.of(xyz);
  }
}
