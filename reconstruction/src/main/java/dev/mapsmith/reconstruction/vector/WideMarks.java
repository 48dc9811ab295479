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

  /** A lone mark along the road at least this long (m) is a lane-line stretch. */
  static final double MIN_ALONG_LENGTH = 3.0;

  /** ...and at most this wide (m): wider is a double line or a smear, not one stripe. */
  static final double MAX_ALONG_WIDTH = 0.7;

  private WideMarks() {}

  /** A smeared stretch of lane line on a line's axis or beside the path is at most this wide. */
  static final double MAX_SMEAR_WIDTH = 0.9;

  /** ...and one at least {@link #MIN_ALONG_LENGTH} long on a line's axis, at most this wide. */
  static final double MAX_FAR_SMEAR_WIDTH = 1.5;

  /** Lane lines within this distance of a mark give the road's direction there, metres. */
  static final double NEAR_LINE = 6;

  public static Result classify(List<Blob> marks, Headings headings, double stripeGap, double z) {
    return classify(marks, List.of(), headings, stripeGap, z);
  }

  /**
   * As above; a stop line must stand across the lane lines near it ({@code lineFragments} within
   * {@value #NEAR_LINE} m), or across the driving direction where there are none.
   */
  public static Result classify(
      List<Blob> marks, List<Blob> lineFragments, Headings headings, double stripeGap, double z) {
    SpatialIndex lines = lineFragments.isEmpty() ? null : new SpatialIndex(lineFragments, 8);
    int n = marks.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Blob a = marks.get(i), b = marks.get(j);
        boolean parallel =
            Math.abs(a.ux() * b.ux() + a.uy() * b.uy()) > Math.cos(Math.toRadians(20));
        double across = Math.abs(-(b.cx() - a.cx()) * a.uy() + (b.cy() - a.cy()) * a.ux());
        double along = Math.abs((b.cx() - a.cx()) * a.ux() + (b.cy() - a.cy()) * a.uy());
        if (parallel && across <= stripeGap + (a.width() + b.width()) / 2 && along < 1.5) {
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
      if (g.size() >= 3) {
        crossings.add(outline(g, z));
        cs.add(Math.min(1, 0.4 + 0.1 * g.size()));
      } else {
        for (Blob b : g) {
          double cos = alongRoad(b, lines, lineFragments, headings);
          // a smeared line can leave two marks side by side: no stripe group, still on the axis
          boolean inLine = inLineWithALaneLine(b, lines, lineFragments);
          if ((inLine && b.length() >= 1.0 || besidePath(b, headings))
              && b.width() <= MAX_SMEAR_WIDTH) {
            along.add(b);
          } else if (inLine) {
            // on a lane line's axis: a stop line stands across lane lines, never in line with one
            if (b.length() >= MIN_ALONG_LENGTH && b.width() <= MAX_FAR_SMEAR_WIDTH) {
              along.add(b); // a far stretch, smeared wider still
            }
          } else if (cos < 0.5 && b.length() >= 1.5) {
            stops.add(Polyline.of(b.endX(0), b.endY(0), z, b.endX(1), b.endY(1), z));
            ss.add(Math.min(1, 0.3 + 0.15 * b.length()));
          } else if (cos > 0.9
              && b.length() >= MIN_ALONG_LENGTH
              && b.width() <= MAX_ALONG_WIDTH
              && g.size() == 1
              && inLineWithALaneLine(b, lines, lineFragments)) {
            along.add(b);
          }
        }
      }
    }
    return new Result(crossings, stops, cs, ss, along);
  }

  /**
   * Whether a lone mark lies like the edge line of the lane being driven: at least {@link
   * #MIN_ALONG_LENGTH} long, parallel to the nearest pose's heading and 1–2.5 m to its side.
   */
  private static boolean besidePath(Blob b, Headings headings) {
    double[] p = headings.nearest(b.cx(), b.cy());
    if (p == null || b.length() < MIN_ALONG_LENGTH) {
      return false;
    }
    double hx = Math.cos(p[2]), hy = Math.sin(p[2]);
    double side = Math.abs(-(b.cx() - p[0]) * hy + (b.cy() - p[1]) * hx);
    return Math.abs(hx * b.ux() + hy * b.uy()) > 0.95 && side >= 1.0 && side <= 2.5;
  }

  /** Whether a lane-line fragment within {@link #NEAR_LINE} m runs on the mark's own axis. */
  private static boolean inLineWithALaneLine(Blob b, SpatialIndex index, List<Blob> lines) {
    if (index == null) {
      return false;
    }
    for (int k : index.near(b.cx(), b.cy(), NEAR_LINE + b.length() / 2)) {
      Blob l = lines.get(k);
      double dx = l.cx() - b.cx(), dy = l.cy() - b.cy();
      // off the axis of either (a short mark a few degrees off measures far off the other's)
      double off =
          Math.min(Math.abs(-dx * b.uy() + dy * b.ux()), Math.abs(-dx * l.uy() + dy * l.ux()));
      if (l.length() >= 1 && Math.abs(l.ux() * b.ux() + l.uy() * b.uy()) > 0.95 && off <= 0.4) {
        return true;
      }
    }
    return false;
  }

  /** |cos| of the angle between the mark and the nearest lane line (else the heading). */
  private static double alongRoad(Blob b, SpatialIndex index, List<Blob> lines, Headings headings) {
    if (index != null) {
      Blob best = null;
      double bd = NEAR_LINE;
      for (int k : index.near(b.cx(), b.cy(), NEAR_LINE + 4)) {
        Blob l = lines.get(k);
        double d = Math.hypot(l.cx() - b.cx(), l.cy() - b.cy());
        if (d < bd && l.length() >= 1) {
          bd = d;
          best = l;
        }
      }
      if (best != null) {
        return Math.abs(best.ux() * b.ux() + best.uy() * b.uy());
      }
    }
    double yaw = headings.near(b.cx(), b.cy());
    return Double.isNaN(yaw) ? 0 : Math.abs(Math.cos(yaw) * b.ux() + Math.sin(yaw) * b.uy());
  }

  /** The rectangle around the stripes, along the first stripe's direction. */
  private static Polyline outline(List<Blob> stripes, double z) {
    Blob ref = stripes.get(0);
    double ux = ref.ux(), uy = ref.uy();
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
