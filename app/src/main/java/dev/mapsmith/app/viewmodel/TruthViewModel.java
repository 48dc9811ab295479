package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.ops.TruthCheck;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.reconstruction.eval.ClassScore;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The ground-truth check of workflow 8: each primitive's Chamfer distance to the truth as a colour
 * band, the primitives listed worst first, and the per-class AP of {@code mapsmith evaluate}.
 */
public final class TruthViewModel {

  /** How close a primitive is to the truth, by the metric's thresholds (0.5, 1.0, 1.5 m). */
  public enum Band {
    GOOD,
    FAIR,
    POOR,
    BAD
  }

  /** One line of the worst-first list. */
  public record Row(long primitiveId, String label) {}

  private final ObservableList<Row> worst = FXCollections.observableArrayList();
  private final ObservableList<String> classScores = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary =
      new ReadOnlyStringWrapper(this, "summary", "no truth map loaded (Map > Check against truth)");
  private final Map<Long, Double> distances = new HashMap<>();
  private boolean loaded;

  /** Shows a new report; {@code source} names the truth file. */
  public void show(TruthCheck.Report r, String source) {
    loaded = true;
    distances.clear();
    r.worstFirst().forEach(e -> distances.put(e.primitiveId(), e.chamfer()));
    worst.setAll(
        r.worstFirst().stream()
            .limit(500)
            .map(
                e ->
                    new Row(
                        e.primitiveId(),
                        String.format(
                            "#%d %s  %s",
                            e.primitiveId(),
                            e.mapClass().key(),
                            Double.isInfinite(e.chamfer())
                                ? "no truth within 2 m"
                                : String.format("%.2f m", e.chamfer()))))
            .toList());
    classScores.setAll(scoreLines(r));
    long bad = r.worstFirst().stream().filter(e -> band(e.chamfer()) == Band.BAD).count();
    summary.set(
        String.format(
            "%s: mAP %.3f; %d of %d primitives 1.5 m or more off, or unmatched",
            source, r.scores().mAP(), bad, r.worstFirst().size()));
  }

  static List<String> scoreLines(TruthCheck.Report r) {
    return Evaluation.SCORED_CLASSES.stream()
        .map(
            (MapClass c) -> {
              ClassScore s = r.scores().score(c);
              return String.format(
                  "%-13s AP %.2f / %.2f / %.2f  mean %.2f  (%d truth, %d predicted)",
                  c.key(),
                  s.ap(0),
                  s.ap(1),
                  s.ap(2),
                  s.mean(),
                  s.truthCount(),
                  s.predictionCount());
            })
        .toList();
  }

  /** Marks the report as older than the map (after an edit); colours stay until the next check. */
  public void mapChanged() {
    if (loaded && !summary.get().endsWith("(map changed since)")) {
      summary.set(summary.get() + " (map changed since)");
    }
  }

  public static Band band(double chamfer) {
    if (chamfer < Evaluation.THRESHOLDS[0]) {
      return Band.GOOD;
    }
    if (chamfer < Evaluation.THRESHOLDS[1]) {
      return Band.FAIR;
    }
    if (chamfer < Evaluation.THRESHOLDS[2]) {
      return Band.POOR;
    }
    return Band.BAD;
  }

  /** The band of a primitive, or null when no truth is loaded or it was not checked. */
  public Band bandOf(long primitiveId) {
    Double d = distances.get(primitiveId);
    return d == null ? null : band(d);
  }

  public boolean loaded() {
    return loaded;
  }

  public ObservableList<Row> worst() {
    return worst;
  }

  public ObservableList<String> classScores() {
    return classScores;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }
}
