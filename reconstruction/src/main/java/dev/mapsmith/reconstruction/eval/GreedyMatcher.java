package dev.mapsmith.reconstruction.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matching in one window for one class: predictions by descending score each take the nearest truth
 * instance by Chamfer distance; a true positive when that distance is within τ and the truth is
 * still free, else a false positive.
 */
final class GreedyMatcher {

  private GreedyMatcher() {}

  /** Adds this window's truth count and detections to {@code pools}, one per threshold. */
  static void match(
      List<ClippedLine> predictions, List<ClippedLine> truth, List<AveragePrecision> pools) {
    List<ClippedLine> sorted = new ArrayList<>(predictions);
    sorted.sort(Comparator.comparingDouble((ClippedLine l) -> -l.score()));
    double[][] dist = new double[sorted.size()][truth.size()];
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = 0; j < truth.size(); j++) {
        dist[i][j] = Chamfer.distance(sorted.get(i).points(), truth.get(j).points());
      }
    }
    for (int k = 0; k < pools.size(); k++) {
      double tau = Evaluation.THRESHOLDS[k];
      AveragePrecision pool = pools.get(k);
      pool.addTruth(truth.size());
      boolean[] taken = new boolean[truth.size()];
      for (int i = 0; i < sorted.size(); i++) {
        int nearest = -1;
        for (int j = 0; j < truth.size(); j++) {
          if (nearest < 0 || dist[i][j] < dist[i][nearest]) {
            nearest = j;
          }
        }
        boolean tp = nearest >= 0 && dist[i][nearest] <= tau && !taken[nearest];
        if (tp) {
          taken[nearest] = true;
        }
        pool.addDetection(sorted.get(i).score(), tp);
      }
    }
  }
}
