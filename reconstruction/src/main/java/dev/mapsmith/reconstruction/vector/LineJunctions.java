package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives fitted lane lines the topology a map engineer draws: where a line ends on another line (a
 * lane joining a road, a loop closing on itself), the ending line is run up to the other and the
 * other is split there, so that three line ends meet at one point, as in a Lanelet2 map. An end
 * meets a line when its outward ray hits that line within {@link #REACH} m, crossing it at {@link
 * #MIN_ANGLE_DEG}° or more, at least {@link #MIN_PIECE} m from the hit line's own ends (nearer, it
 * is an end-to-end join, not a junction). A line that runs round a bend the paint shows only in
 * part ends short of the line it joins by about the bend's radius.
 */
public final class LineJunctions {

  /** How far (m) an end's ray may run to the line it ends on. */
  static final double REACH = 3.5;

  /** The ray crosses the line at this angle or more (degrees). */
  static final double MIN_ANGLE_DEG = 30;

  /**
   * A split leaves pieces at least this long (m); nearer a line's end, two lines meet end to end (a
   * corner) rather than one on the other.
   */
  static final double MIN_PIECE = 2.0;

  /** Only lines at least this confident end on others (a weak line may be a wrong join). */
  static final double MIN_CONFIDENCE = 0.5;

  /** An end's direction is measured over about this many metres. */
  private static final double END_REACH = 2.0;

  /** Ends facing each other this close (m) and within this angle (degrees) join. */
  static final double FACING_GAP = 3.0;

  static final double FACING_ANGLE_DEG = 40;

  /** Facing ends' directions are measured over their last metre (a bend may come right after). */
  private static final double FACING_REACH = 1.0;

  /** Ends this close (m) to the line they meet join it square; farther, round a bend. */
  static final double MIN_BEND = 0.5;

  /** Bends are drawn with points about this far apart (m). */
  private static final double BEND_STEP = 0.5;

  /** A turn over this many degrees within {@link #U_TURN_REACH} m is two lines joined wrongly. */
  static final double U_TURN_DEG = 150;

  static final double U_TURN_REACH = 4.0;

  /**
   * A line ending on another runs on through it to a third line met at least this far (m) and at
   * most {@link #REACH} m beyond it: at an X crossing the paint of the crossing is one blot, and
   * the line resumes (or ends) past it.
   */
  static final double PASS_GAP = 1.0;

  /** Ends closer than this (m) to a line already meet it. */
  private static final double TOUCHING = 0.01;

  /** On its own line, the ray ignores the stretch this long (m) behind the end. */
  private static final double OWN_SKIP = 6.0;

  private LineJunctions() {}

  /**
   * The lines with junctions made ({@code confidence} per line); {@code source.get(k)} of the
   * result is the index of the input line that piece {@code k} comes from.
   */
  public static List<Polyline> apply(
      List<Polyline> lines, List<Double> confidence, List<Integer> source) {
    List<List<double[]>> pts = new ArrayList<>();
    List<Integer> origin = new ArrayList<>();
    List<Double> conf = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      Polyline l = lines.get(k);
      List<double[]> p = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        p.add(new double[] {l.x(i), l.y(i), l.z(i)});
      }
      for (List<double[]> part : uTurnsApart(p)) {
        pts.add(part);
        origin.add(k);
        conf.add(confidence.get(k));
      }
    }
    joinCorners(pts, conf, origin);
    int n = pts.size();
    // hits found on the lines as they came in; each is {line, segment, t, x, y, z}
    List<double[]> splits = new ArrayList<>();
    List<List<double[]>> extend = new ArrayList<>();
    for (int i = 0; i < 2 * n; i++) {
      extend.add(List.of());
    }
    for (int i = 0; i < n; i++) {
      for (int e = 0; e < 2 && conf.get(i) >= MIN_CONFIDENCE; e++) {
        double[] hit = hit(pts, i, e, false);
        if (hit != null) {
          double[] beyond =
              (int) hit[0] == i
                  ? null
                  : hit(pts, i, e, false, hit, hit[7] + PASS_GAP, hit[7] + REACH);
          if (beyond != null) {
            hit = beyond; // an X crossing: the line runs on through the one it crosses
          }
          List<double[]> bend = bend(pts, i, e, hit);
          extend.set(
              2 * i + e, bend != null ? bend : List.of(new double[] {hit[3], hit[4], hit[5]}));
          splits.add(hit);
        }
      }
    }
    List<Polyline> out = new ArrayList<>();
    source.clear();
    for (int i = 0; i < n; i++) {
      List<double[]> p = pts.get(i);
      // split points along the original line, as (segment + t)
      List<double[]> mine = new ArrayList<>();
      for (double[] s : splits) {
        if ((int) s[0] == i) {
          mine.add(s);
        }
      }
      mine.sort((a, b) -> Double.compare(a[1] + a[2], b[1] + b[2]));
      List<double[]> piece = new ArrayList<>();
      for (int k0 = extend.get(2 * i).size() - 1; k0 >= 0; k0--) {
        piece.add(extend.get(2 * i).get(k0)); // from the junction to the line's start
      }
      int k = 0;
      for (int seg = 0; seg < p.size(); seg++) {
        piece.add(p.get(seg));
        while (k < mine.size() && (int) mine.get(k)[1] == seg) {
          double[] s = mine.get(k++);
          double[] at = {s[3], s[4], s[5]};
          piece.add(at);
          addPiece(out, source, piece, origin.get(i));
          piece = new ArrayList<>();
          piece.add(at);
        }
      }
      piece.addAll(extend.get(2 * i + 1));
      addPiece(out, source, piece, origin.get(i));
    }
    return out;
  }

  /**
   * Two lines that meet end to end round a bend, one overshooting the other's end (the paint of the
   * bend seen only in part): the end whose ray hits the other line within {@link #MIN_PIECE} of
   * that line's end is run up to it, the other line's overshoot is cut off there, and the two
   * become one line (the confidence of the surer one; the origin of the longer).
   */
  private static void joinCorners(
      List<List<double[]>> pts, List<Double> conf, List<Integer> origin) {
    boolean joined = true;
    while (joined) {
      joined = false;
      for (int i = 0; i < pts.size() && !joined; i++) {
        for (int e = 0; e < 2 && !joined && conf.get(i) >= MIN_CONFIDENCE; e++) {
          double[] h = hit(pts, i, e, true);
          if (h == null) {
            h = facing(pts, i, e);
          }
          if (h == null) {
            continue;
          }
          int j = (int) h[0], seg = (int) h[1], ej = (int) h[6];
          double[] at = {h[3], h[4], h[5]};
          List<double[]> a = new ArrayList<>(pts.get(i));
          if (e == 0) {
            java.util.Collections.reverse(a); // a now ends at the joining end
          }
          List<double[]> q = pts.get(j), b = new ArrayList<>();
          b.add(at);
          if (ej == 0) {
            b.addAll(q.subList(seg + 1, q.size())); // drop the overshoot before the hit
          } else {
            for (int k = seg; k >= 0; k--) {
              b.add(q.get(k)); // drop the overshoot after the hit, run from the hit back
            }
          }
          a.add(at);
          a.addAll(b.subList(1, b.size()));
          if (uTurnsApart(a).size() > 1) {
            continue; // the two would make a hairpin: the ends of two neighbouring lines
          }
          double lenI = length(pts.get(i)), lenJ = length(q);
          int keep = Math.min(i, j), drop = Math.max(i, j);
          double c = Math.max(conf.get(i), conf.get(j));
          int o = lenI >= lenJ ? origin.get(i) : origin.get(j);
          pts.set(keep, a);
          conf.set(keep, c);
          origin.set(keep, o);
          pts.remove(drop);
          conf.remove(drop);
          origin.remove(drop);
          joined = true;
        }
      }
    }
  }

  /**
   * Another line's end that lies straight ahead of line {@code i}'s end {@code e}, within {@link
   * #FACING_GAP} m and pointing back at it, as a hit at that end (see {@link #hit}), or null.
   */
  private static double[] facing(List<List<double[]>> pts, int i, int e) {
    double[] a = endRay(pts.get(i), e, FACING_REACH);
    if (a == null) {
      return null;
    }
    double cos = Math.cos(Math.toRadians(FACING_ANGLE_DEG));
    for (int j = 0; j < pts.size(); j++) {
      List<double[]> q = pts.get(j);
      if (j == i || length(q) < 2 * MIN_PIECE) {
        continue;
      }
      for (int ej = 0; ej < 2; ej++) {
        double[] b = endRay(q, ej, FACING_REACH);
        if (b == null) {
          continue;
        }
        double gx = b[0] - a[0], gy = b[1] - a[1], gap = Math.hypot(gx, gy);
        if (gap > 1e-6
            && gap <= FACING_GAP
            && (gx * a[3] + gy * a[4]) / gap >= cos
            && -(gx * b[3] + gy * b[4]) / gap >= cos
            && -(a[3] * b[3] + a[4] * b[4]) >= cos) {
          int seg = ej == 0 ? 0 : q.size() - 2;
          double t = ej == 0 ? 0 : 1;
          return new double[] {j, seg, t, b[0], b[1], b[2], ej};
        }
      }
    }
    return null;
  }

  /** {x, y, z, outward ux, outward uy} at end {@code e}, measured over {@code reach} m. */
  private static double[] endRay(List<double[]> p, int e, double reach) {
    int m = p.size();
    double[] end = p.get(e == 0 ? 0 : m - 1);
    double walked = 0;
    double[] back = null;
    for (int k = 1; k < m && walked < reach; k++) {
      double[] a = p.get(e == 0 ? k - 1 : m - k), b = p.get(e == 0 ? k : m - 1 - k);
      walked += Math.hypot(b[0] - a[0], b[1] - a[1]);
      back = b;
    }
    if (back == null) {
      return null;
    }
    double dx = end[0] - back[0], dy = end[1] - back[1], len = Math.hypot(dx, dy);
    return len < 1e-6 ? null : new double[] {end[0], end[1], end[2], dx / len, dy / len};
  }

  private static double length(List<double[]> q) {
    double[] arc = arcLengths(q);
    return arc[arc.length - 1];
  }

  private static void addPiece(
      List<Polyline> out, List<Integer> source, List<double[]> piece, int from) {
    List<double[]> clean = new ArrayList<>();
    for (double[] q : piece) {
      double[] last = clean.isEmpty() ? null : clean.get(clean.size() - 1);
      if (last == null || Math.hypot(q[0] - last[0], q[1] - last[1]) > 1e-6) {
        clean.add(q);
      }
    }
    if (clean.size() < 2) {
      return;
    }
    double[] xyz = new double[3 * clean.size()];
    for (int i = 0; i < clean.size(); i++) {
      System.arraycopy(clean.get(i), 0, xyz, 3 * i, 3);
    }
    out.add(Polyline.of(xyz));
    source.add(from);
  }

  /**
   * The nearest junction of line {@code i}'s end {@code e}, or null: {line, segment, t, x, y, z,
   * which end of the hit line is within {@link #MIN_PIECE} (-1: neither)}. With {@code corners},
   * only hits that near another line's end are returned; without, only those that are not.
   */
  private static double[] hit(List<List<double[]>> pts, int i, int e, boolean corners) {
    return hit(pts, i, e, corners, null, 0, REACH);
  }

  /**
   * As {@link #hit(List, int, int, boolean)}, only along the stretch {@code from}–{@code to} m of
   * the ray and not on the line of {@code skip} (a hit found before, or null). The result carries
   * the distance along the ray as an eighth element.
   */
  private static double[] hit(
      List<List<double[]>> pts,
      int i,
      int e,
      boolean corners,
      double[] skip,
      double from,
      double to) {
    List<double[]> p = pts.get(i);
    int m = p.size();
    double[] end = p.get(e == 0 ? 0 : m - 1);
    double[] back = null;
    double walked = 0;
    for (int k = 1; k < m; k++) {
      double[] a = p.get(e == 0 ? k - 1 : m - k), b = p.get(e == 0 ? k : m - 1 - k);
      walked += Math.hypot(b[0] - a[0], b[1] - a[1]);
      back = b;
      if (walked >= END_REACH) {
        break;
      }
    }
    if (back == null) {
      return null;
    }
    double dx = end[0] - back[0], dy = end[1] - back[1], len = Math.hypot(dx, dy);
    if (len < 1e-6) {
      return null;
    }
    dx /= len;
    dy /= len;
    double sinMin = Math.sin(Math.toRadians(MIN_ANGLE_DEG));
    double best = to;
    double[] found = null;
    for (int j = 0; j < pts.size(); j++) {
      if (skip != null && (j == (int) skip[0] || j == i)) {
        continue;
      }
      List<double[]> q = pts.get(j);
      double[] arc = arcLengths(q);
      double total = arc[arc.length - 1];
      for (int s = 0; s + 1 < q.size(); s++) {
        double[] a = q.get(s), b = q.get(s + 1);
        double sx = b[0] - a[0], sy = b[1] - a[1], sl = Math.hypot(sx, sy);
        if (sl < 1e-9) {
          continue;
        }
        double cross = dx * sy - dy * sx;
        if (Math.abs(cross) / sl < sinMin) {
          continue; // too flat a crossing
        }
        double ax = a[0] - end[0], ay = a[1] - end[1];
        double r = (ax * sy - ay * sx) / cross; // along the ray
        double t = (ax * dy - ay * dx) / cross; // along the segment
        if (r < from || r >= best || t < 0 || t > 1) {
          continue;
        }
        double at = arc[s] + t * sl;
        int nearEnd = at < MIN_PIECE ? 0 : total - at < MIN_PIECE ? 1 : -1;
        if (corners != (nearEnd >= 0)
            || corners && (j == i || total < 2 * MIN_PIECE || r < TOUCHING)) {
          // (ends that already touch stay apart: they were cut apart at a U-turn)
          continue;
        }
        if (j == i) {
          double fromEnd = e == 0 ? at : total - at;
          if (fromEnd < OWN_SKIP) {
            continue;
          }
        }
        best = r;
        found =
            new double[] {
              j, s, t, a[0] + t * sx, a[1] + t * sy, a[2] + t * (b[2] - a[2]), nearEnd, r
            };
      }
    }
    return found;
  }

  /**
   * Rounds the junction of line {@code i}'s end {@code e} with the line it hits: the ending line
   * turns into the other along a bend tangent to both (a quadratic curve with the hit as its
   * control point), reaching it as far beyond the hit as the end was short of it, on the side where
   * the other line runs on longer (a loop's own side, not a road leaving it). The split moves
   * there. Returns the bend's points after the end, or null to keep a square junction.
   */
  private static List<double[]> bend(List<List<double[]>> pts, int i, int e, double[] hit) {
    List<double[]> p = pts.get(i);
    double[] end = p.get(e == 0 ? 0 : p.size() - 1);
    double g = Math.hypot(hit[3] - end[0], hit[4] - end[1]);
    List<double[]> q = pts.get((int) hit[0]);
    double[] arc = arcLengths(q);
    double total = arc[arc.length - 1];
    int seg = (int) hit[1];
    double at = arc[seg] + hit[2] * (arc[seg + 1] - arc[seg]);
    double to = total - at >= at ? at + g : at - g;
    if (g < MIN_BEND || to < MIN_PIECE || to > total - MIN_PIECE) {
      return null;
    }
    int s2 = 0;
    while (s2 + 2 < arc.length && arc[s2 + 1] < to) {
      s2++;
    }
    double sl = arc[s2 + 1] - arc[s2];
    double t2 = sl < 1e-9 ? 0 : (to - arc[s2]) / sl;
    double[] a = q.get(s2), b = q.get(s2 + 1);
    double[] tp = {a[0] + t2 * (b[0] - a[0]), a[1] + t2 * (b[1] - a[1]), a[2] + t2 * (b[2] - a[2])};
    List<double[]> out = new ArrayList<>();
    int steps = Math.max(2, (int) Math.ceil(2 * g / BEND_STEP));
    for (int k = 1; k <= steps; k++) {
      double u = (double) k / steps, w0 = (1 - u) * (1 - u), w1 = 2 * u * (1 - u), w2 = u * u;
      out.add(
          k == steps
              ? tp
              : new double[] {
                w0 * end[0] + w1 * hit[3] + w2 * tp[0],
                w0 * end[1] + w1 * hit[4] + w2 * tp[1],
                (1 - u) * end[2] + u * tp[2]
              });
    }
    hit[1] = s2;
    hit[2] = t2;
    hit[3] = tp[0];
    hit[4] = tp[1];
    hit[5] = tp[2];
    return out;
  }

  /**
   * The line cut where it turns back on itself within {@link #U_TURN_REACH} m (a heading change
   * over {@link #U_TURN_DEG}°): painted lane lines do not make hairpins that tight, but a wrong
   * join across the ends of two neighbouring lines does.
   */
  static List<List<double[]>> uTurnsApart(List<double[]> p) {
    double[] arc = arcLengths(p);
    double cosU = Math.cos(Math.toRadians(U_TURN_DEG));
    for (int a = 0; a + 1 < p.size(); a++) {
      double ax = p.get(a + 1)[0] - p.get(a)[0], ay = p.get(a + 1)[1] - p.get(a)[1];
      double al = Math.hypot(ax, ay);
      for (int b = a + 1; b + 1 < p.size() && arc[b] - arc[a + 1] <= U_TURN_REACH; b++) {
        double bx = p.get(b + 1)[0] - p.get(b)[0], by = p.get(b + 1)[1] - p.get(b)[1];
        double bl = Math.hypot(bx, by);
        if (al > 1e-9 && bl > 1e-9 && (ax * bx + ay * by) / (al * bl) < cosU) {
          int cut = (a + 1 + b) / 2; // a vertex between the two opposed segments
          List<List<double[]>> out = new ArrayList<>();
          out.add(new ArrayList<>(p.subList(0, cut + 1)));
          out.addAll(uTurnsApart(new ArrayList<>(p.subList(cut, p.size()))));
          return out;
        }
      }
    }
    return List.of(p);
  }

  private static double[] arcLengths(List<double[]> q) {
    double[] arc = new double[q.size()];
    for (int k = 1; k < q.size(); k++) {
      arc[k] =
          arc[k - 1] + Math.hypot(q.get(k)[0] - q.get(k - 1)[0], q.get(k)[1] - q.get(k - 1)[1]);
    }
    return arc;
  }
}
