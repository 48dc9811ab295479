package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives fitted lane lines the topology a map engineer draws: where a line ends on another line (a
 * lane joining a road, a loop closing on itself), the ending line is run up to the other and the
 * other is split there, so that three line ends meet at one point, as in a Lanelet2 map. An end
 * meets a line when its outward ray hits that line ({@link RayHits}) away from the hit line's own
 * ends (nearer, it is an end-to-end join: {@link CornerJoins}); at an X crossing it runs on through
 * the line it crosses to a third within reach ({@link JunctionConfig#passGap()}). A line that runs
 * round a bend the paint shows only in part ends short of the line it joins by about the bend's
 * radius ({@link JunctionBends}); hairpins are wrong joins and are cut apart first ({@link
 * UTurns}). Tolerances: {@link JunctionConfig}.
 */
public final class LineJunctions {

  private LineJunctions() {}

  /**
   * The lines with junctions made ({@code confidence} per line, lines less sure than {@link
   * JunctionConfig#minConfidence()} end on nothing); {@code source.get(k)} of the result is the
   * index of the input line that piece {@code k} comes from.
   */
  public static List<Polyline> apply(
      List<Polyline> lines, List<Double> confidence, List<Integer> source, JunctionConfig c) {
    List<List<double[]>> pts = new ArrayList<>();
    List<Integer> origin = new ArrayList<>();
    List<Double> conf = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      Polyline l = lines.get(k);
      List<double[]> p = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        p.add(new double[] {l.x(i), l.y(i), l.z(i)});
      }
      for (List<double[]> part : UTurns.apart(p, c)) {
        pts.add(part);
        origin.add(k);
        conf.add(confidence.get(k));
      }
    }
    CornerJoins.join(pts, conf, origin, c);
    int n = pts.size();
    // hits found on the lines as they came in; each is {line, segment, t, x, y, z}
    List<double[]> splits = new ArrayList<>();
    List<List<double[]>> extend = new ArrayList<>();
    for (int i = 0; i < 2 * n; i++) {
      extend.add(List.of());
    }
    for (int i = 0; i < n; i++) {
      for (int e = 0; e < 2 && conf.get(i) >= c.minConfidence(); e++) {
        double[] hit = RayHits.nearest(pts, i, e, false, c);
        if (hit != null) {
          double[] beyond =
              (int) hit[0] == i
                  ? null
                  : RayHits.along(
                      pts, i, e, false, hit, hit[7] + c.passGap(), hit[7] + c.reach(), c);
          if (beyond != null) {
            hit = beyond; // an X crossing: the line runs on through the one it crosses
          }
          List<double[]> bend = JunctionBends.round(pts, i, e, hit, c);
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
}
