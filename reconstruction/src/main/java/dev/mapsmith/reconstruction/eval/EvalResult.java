package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.map.MapClass;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metric's result: per-class scores for divider, boundary and ped_crossing (which make up mAP)
 * and stop_line (reported apart), and how many windows were scored.
 */
public record EvalResult(Map<MapClass, ClassScore> scores, int windows) {

  public EvalResult {
    scores = Map.copyOf(scores);
  }

  public ClassScore score(MapClass c) {
    return scores.get(c);
  }

  /** Mean class AP over the scored classes of {@link Evaluation#MAP_CLASSES}; 0 when none. */
  public double mAP() {
    return Evaluation.MAP_CLASSES.stream()
        .map(scores::get)
        .filter(ClassScore::scored)
        .mapToDouble(ClassScore::mean)
        .average()
        .orElse(0);
  }

  /**
   * The JSON shape {@code {"mAP": x, "AP": {"divider": {"0.5": x, "1.0": x, "1.5": x, "mean": x},
   * ...}, "stop_line": {...}, "windows": n}}; a class with nothing to score has nulls.
   */
  public Map<String, Object> toJsonMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mAP", round(mAP()));
    Map<String, Object> ap = new LinkedHashMap<>();
    for (MapClass c : Evaluation.MAP_CLASSES) {
      ap.put(c.key(), classJson(scores.get(c)));
    }
    out.put("AP", ap);
    out.put(MapClass.STOP_LINE.key(), classJson(scores.get(MapClass.STOP_LINE)));
    out.put("windows", windows);
    return out;
  }

  private static Map<String, Object> classJson(ClassScore s) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < Evaluation.THRESHOLDS.length; i++) {
      m.put(String.valueOf(Evaluation.THRESHOLDS[i]), round(s.ap(i)));
    }
    m.put("mean", round(s.mean()));
    m.put("truth", s.truthCount());
    m.put("predicted", s.predictionCount());
    return m;
  }

  private static Double round(double v) {
    return Double.isNaN(v) ? null : Math.round(v * 10000) / 10000.0;
  }
}
