package dev.mapsmith.reconstruction.confidence;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.reconstruction.eval.Calibration;
import dev.mapsmith.reconstruction.eval.Detection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a method's curves (one per class, {@link IsotonicFit}) to the detections of a set of worlds
 * and measures what they are worth: the expected calibration error of the raw confidences, of the
 * fitted ones on the same detections, and cross-validated over worlds (each fold's worlds scored
 * with curves fitted on the other worlds only), which is the figure to expect on new worlds.
 */
public final class CalibrationFit {

  /** One world's scored detections per class (at {@link ConfidenceCalibration#TAU_M}). */
  public record WorldDetections(String world, Map<MapClass, List<Detection>> byClass) {

    public WorldDetections {
      byClass = Map.copyOf(byClass);
    }
  }

  /**
   * The fitted curves of one method and its figures.
   *
   * @param method the fitted curves
   * @param detections detections fitted on
   * @param rawEce ECE of the raw confidences
   * @param fittedEce ECE after calibration, on the detections it was fitted on
   * @param heldOutEce ECE after calibration, each world scored by curves fitted without it
   * @param folds folds of the cross-validation (worlds, at most the requested number)
   */
  public record Result(
      ConfidenceCalibration.Method method,
      int detections,
      double rawEce,
      double fittedEce,
      double heldOutEce,
      int folds) {}

  private CalibrationFit() {}

  /**
   * Fits curves on every world of {@code worlds} and cross-validates them over {@code folds} folds
   * of worlds (world {@code i} in fold {@code i % folds}).
   */
  public static Result fit(
      List<WorldDetections> worlds, String modelWeightsHash, IsotonicFit.Params p, int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
    }
    Map<MapClass, ConfidenceCurve> curves = new EnumMap<>(MapClass.class);
    Map<MapClass, Integer> counts = new EnumMap<>(MapClass.class);
    for (MapClass c : classes(worlds)) {
      List<Detection> all = detections(worlds, c, -1, folds, false);
      curves.put(c, IsotonicFit.fit(all, p));
      counts.put(c, all.size());
    }
    ConfidenceCalibration.Method method =
        new ConfidenceCalibration.Method(modelWeightsHash, curves, counts);
    List<Detection> raw = new ArrayList<>(),
        fitted = new ArrayList<>(),
        heldOut = new ArrayList<>();
    int k = Math.min(folds, worlds.size());
    for (MapClass c : classes(worlds)) {
      List<Detection> all = detections(worlds, c, -1, folds, false);
      raw.addAll(all);
      fitted.addAll(mapped(all, curves.get(c)));
      for (int f = 0; f < k; f++) {
        ConfidenceCurve foldCurve = IsotonicFit.fit(detections(worlds, c, f, k, false), p);
        heldOut.addAll(mapped(detections(worlds, c, f, k, true), foldCurve));
      }
    }
    return new Result(method, raw.size(), ece(raw), ece(fitted), ece(heldOut), k);
  }

  /** The detections of {@code c} in fold {@code fold} ({@code inFold}) or outside it; -1: all. */
  private static List<Detection> detections(
      List<WorldDetections> worlds, MapClass c, int fold, int folds, boolean inFold) {
    List<Detection> out = new ArrayList<>();
    for (int i = 0; i < worlds.size(); i++) {
      if (fold < 0 || (i % folds == fold) == inFold) {
        out.addAll(worlds.get(i).byClass().getOrDefault(c, List.of()));
      }
    }
    return out;
  }

  private static Collection<MapClass> classes(List<WorldDetections> worlds) {
    Map<MapClass, Boolean> seen = new LinkedHashMap<>();
    for (MapClass c : MapClass.values()) {
      for (WorldDetections w : worlds) {
        if (!w.byClass().getOrDefault(c, List.of()).isEmpty()) {
          seen.put(c, true);
        }
      }
    }
    return seen.keySet();
  }

  private static List<Detection> mapped(List<Detection> ds, ConfidenceCurve curve) {
    return ds.stream().map(d -> new Detection(curve.apply(d.score()), d.truePositive())).toList();
  }

  private static double ece(List<Detection> ds) {
    return Calibration.of(ds, Calibration.DEFAULT_BINS).ece();
  }
}
