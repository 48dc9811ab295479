package dev.mapsmith.reconstruction.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds straight lines through paint hits near the heading: a Hough vote over angle and lateral
 * offset in which each hit votes once per line (so a line's votes count ring crossings, not
 * points), then, for the strongest line, its hits are taken, refitted by least squares, cut where
 * they leave a long gap, and each run kept when its hits lie on enough distinct rings spread far
 * enough along it. Taken hits leave the vote; the search repeats until no line has enough support.
 */
final class LineSearch {

  private LineSearch() {}

  static List<LinePiece> find(List<PaintHit> hits, SweepGround g, SweepLineConfig cfg) {
    boolean[] used = new boolean[hits.size()];
    List<LinePiece> out = new ArrayList<>();
    int steps = (int) Math.round(cfg.maxAngle() / cfg.angleStep());
    int half = (int) Math.ceil(cfg.maxRange() / cfg.offsetStep()) + 2;
    int reach = Math.max(0, (int) Math.round(cfg.inlierDistance() / 2 / cfg.offsetStep()));
    int[] votes = new int[2 * half + 1];
    int[] last = new int[2 * half + 1];
    for (int round = 0; round < hits.size(); round++) {
      int bestVotes = 0;
      double bestAngle = 0, bestOffset = 0;
      for (int a = -steps; a <= steps; a++) {
        double angle = a * cfg.angleStep(), s = Math.sin(angle), c = Math.cos(angle);
        Arrays.fill(votes, 0);
        Arrays.fill(last, -1);
        for (int h = 0; h < hits.size(); h++) {
          if (used[h]) {
            continue;
          }
          PaintHit hit = hits.get(h);
          for (int p = 0; p < hit.u().length; p++) {
            int bin =
                (int) Math.round((-hit.u()[p] * s + hit.v()[p] * c) / cfg.offsetStep()) + half;
            for (int b = Math.max(0, bin - reach);
                b <= Math.min(votes.length - 1, bin + reach);
                b++) {
              if (last[b] != h) {
                last[b] = h;
                votes[b]++;
              }
            }
          }
        }
        for (int b = 0; b < votes.length; b++) {
          if (votes[b] > bestVotes) {
            bestVotes = votes[b];
            bestAngle = angle;
            bestOffset = (b - half) * cfg.offsetStep();
          }
        }
      }
      if (bestVotes < cfg.minRings()) {
        break;
      }
      List<Integer> inliers = inliers(hits, used, bestAngle, bestOffset, cfg.inlierDistance());
      double[] fit = fit(hits, inliers);
      if (fit != null && Math.abs(fit[0]) <= cfg.maxAngle() + cfg.angleStep()) {
        List<Integer> refined = inliers(hits, used, fit[0], fit[1], cfg.inlierDistance());
        if (refined.size() >= inliers.size()) {
          inliers = refined;
          bestAngle = fit[0];
          bestOffset = fit[1];
        }
      }
      boolean kept = false;
      List<List<Integer>> runs = runs(hits, inliers, bestAngle, cfg.maxGap());
      List<Integer> largest = List.of();
      for (List<Integer> run : runs) {
        if (run.size() > largest.size()) {
          largest = run;
        }
        LinePiece piece = piece(hits, run, bestAngle, bestOffset);
        if (piece.rings() >= cfg.minRings()
            && piece.length() >= cfg.minSpan()
            && consistent(piece, g, cfg)) {
          out.add(piece);
          run.forEach(h -> used[h] = true);
          kept = true;
        }
      }
      if (!kept) {
        largest.forEach(h -> used[h] = true);
      }
    }
    return out;
  }

  /**
   * A piece on few rings must run close to the heading and show paint on most rings that cross it
   * (a few random bright spots line up by chance at some angle, across unpainted rings); one on at
   * least {@code strongRings} rings stands on its hits alone (a dashed line leaves many crossings
   * unpainted, a lane shift runs at an angle).
   */
  private static boolean consistent(LinePiece piece, SweepGround g, SweepLineConfig cfg) {
    if (piece.rings() >= cfg.strongRings()) {
      return true;
    }
    if (Math.abs(piece.angle()) > cfg.weakAngle()) {
      return false;
    }
    int crossed = Math.max(piece.rings(), RingCrossings.count(piece, g, cfg.hitLink() / 2));
    return piece.rings() >= cfg.paintedShare() * crossed;
  }

  private static List<Integer> inliers(
      List<PaintHit> hits, boolean[] used, double angle, double offset, double distance) {
    double s = Math.sin(angle), c = Math.cos(angle);
    List<Integer> out = new ArrayList<>();
    for (int h = 0; h < hits.size(); h++) {
      if (used[h]) {
        continue;
      }
      PaintHit hit = hits.get(h);
      for (int p = 0; p < hit.u().length; p++) {
        if (Math.abs(-hit.u()[p] * s + hit.v()[p] * c - offset) <= distance) {
          out.add(h);
          break;
        }
      }
    }
    return out;
  }

  /** Least-squares line through the hits' centroids (total least squares): {angle, offset}. */
  static double[] fit(List<PaintHit> hits, List<Integer> members) {
    int n = members.size();
    if (n < 2) {
      return null;
    }
    double mu = 0, mv = 0;
    for (int h : members) {
      mu += hits.get(h).cu();
      mv += hits.get(h).cv();
    }
    mu /= n;
    mv /= n;
    double suu = 0, suv = 0, svv = 0;
    for (int h : members) {
      double du = hits.get(h).cu() - mu, dv = hits.get(h).cv() - mv;
      suu += du * du;
      suv += du * dv;
      svv += dv * dv;
    }
    double angle = 0.5 * Math.atan2(2 * suv, suu - svv);
    if (angle > Math.PI / 2) {
      angle -= Math.PI;
    } else if (angle < -Math.PI / 2) {
      angle += Math.PI;
    }
    return new double[] {angle, -mu * Math.sin(angle) + mv * Math.cos(angle)};
  }

  private static List<List<Integer>> runs(
      List<PaintHit> hits, List<Integer> members, double angle, double maxGap) {
    double s = Math.sin(angle), c = Math.cos(angle);
    List<Integer> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparingDouble(h -> hits.get(h).cu() * c + hits.get(h).cv() * s));
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    double prev = Double.NaN;
    for (int h : sorted) {
      double t = hits.get(h).cu() * c + hits.get(h).cv() * s;
      if (!run.isEmpty() && t - prev > maxGap) {
        out.add(run);
        run = new ArrayList<>();
      }
      run.add(h);
      prev = t;
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }

  private static LinePiece piece(
      List<PaintHit> hits, List<Integer> run, double angle, double offset) {
    double[] fit = fit(hits, run);
    if (fit != null && Math.abs(fit[0] - angle) < Math.toRadians(10)) {
      angle = fit[0];
      offset = fit[1];
    }
    double s = Math.sin(angle), c = Math.cos(angle);
    double t0 = Double.MAX_VALUE, t1 = -Double.MAX_VALUE;
    double[] ranges = new double[run.size()];
    List<PaintHit> members = new ArrayList<>();
    for (int i = 0; i < run.size(); i++) {
      PaintHit hit = hits.get(run.get(i));
      members.add(hit);
      ranges[i] = hit.range();
      for (int p = 0; p < hit.u().length; p++) {
        double t = hit.u()[p] * c + hit.v()[p] * s;
        t0 = Math.min(t0, t);
        t1 = Math.max(t1, t);
      }
    }
    return new LinePiece(angle, offset, t0, t1, List.copyOf(members), Rings.count(ranges));
  }
}
