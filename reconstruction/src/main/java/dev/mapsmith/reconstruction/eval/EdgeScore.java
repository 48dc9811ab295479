package dev.mapsmith.reconstruction.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How well one kind of lane-graph edge was found: edges between matched lanelets in the truth and
 * in the prediction, how many agree, and precision, recall and F1 (0 when there is nothing to
 * count; NaN F1 never happens).
 */
public record EdgeScore(int truth, int predicted, int matched) {

  public double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  public double recall() {
    return truth == 0 ? 0 : (double) matched / truth;
  }

  public double f1() {
    double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The sum of two scores (pooling over drives). */
  public EdgeScore plus(EdgeScore o) {
    return new EdgeScore(truth + o.truth, predicted + o.predicted, matched + o.matched);
  }

  public Map<String, Object> toJsonMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("truth", truth);
    m.put("predicted", predicted);
    m.put("matched", matched);
    m.put("precision", precision());
    m.put("recall", recall());
    m.put("f1", f1());
    return m;
  }
}
