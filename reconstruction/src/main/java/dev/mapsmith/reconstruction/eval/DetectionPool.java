package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.map.MapClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The metric's matched detections and truth counts, per class and threshold, over any number of
 * windows and drives. {@link Evaluation#collect} fills one per drive; {@link #pooled} joins drives
 * so that AP is computed over the whole set as the protocol does over a dataset (a class with no
 * truth in one drive then costs only its false positives' precision, not a zero for that drive).
 */
public final class DetectionPool {

  private final Map<MapClass, List<AveragePrecision>> pools = new EnumMap<>(MapClass.class);
  private final Map<MapClass, int[]> predictionCounts = new EnumMap<>(MapClass.class);
  private int windows;

  DetectionPool() {
    for (MapClass c : Evaluation.SCORED_CLASSES) {
      List<AveragePrecision> perTau = new ArrayList<>();
      for (int i = 0; i < Evaluation.THRESHOLDS.length; i++) {
        perTau.add(new AveragePrecision());
      }
      pools.put(c, perTau);
      predictionCounts.put(c, new int[1]);
    }
  }

  /** One pool holding every detection and truth count of {@code parts}. */
  public static DetectionPool pooled(Collection<DetectionPool> parts) {
    DetectionPool out = new DetectionPool();
    for (DetectionPool p : parts) {
      for (MapClass c : Evaluation.SCORED_CLASSES) {
        for (int i = 0; i < Evaluation.THRESHOLDS.length; i++) {
          out.pools.get(c).get(i).addAll(p.pools.get(c).get(i));
        }
        out.predictionCounts.get(c)[0] += p.predictionCounts.get(c)[0];
      }
      out.windows += p.windows;
    }
    return out;
  }

  /** Matches one window's predictions of one class against its truth into this pool. */
  void addWindow(MapClass c, List<ClippedLine> predictions, List<ClippedLine> truth) {
    predictionCounts.get(c)[0] += predictions.size();
    GreedyMatcher.match(predictions, truth, pools.get(c));
  }

  void countWindow() {
    windows++;
  }

  /** The detections of class {@code c} at threshold {@code Evaluation.THRESHOLDS[tauIndex]}. */
  public List<Detection> detections(MapClass c, int tauIndex) {
    return pools.get(c).get(tauIndex).detections();
  }

  public int windows() {
    return windows;
  }

  /** AP per class and threshold over everything in the pool. */
  public EvalResult result() {
    Map<MapClass, ClassScore> scores = new EnumMap<>(MapClass.class);
    for (MapClass c : Evaluation.SCORED_CLASSES) {
      List<AveragePrecision> perTau = pools.get(c);
      double[] ap = perTau.stream().mapToDouble(AveragePrecision::value).toArray();
      int[] tps = perTau.stream().mapToInt(AveragePrecision::truePositives).toArray();
      scores.put(
          c, new ClassScore(ap, perTau.get(0).truthCount(), predictionCounts.get(c)[0], tps));
    }
    return new EvalResult(scores, windows);
  }
}
