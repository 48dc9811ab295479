package dev.mapsmith.app.cli.benchmark;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.reconstruction.eval.Bootstrap;
import dev.mapsmith.reconstruction.eval.Calibration;
import dev.mapsmith.reconstruction.eval.Detection;
import dev.mapsmith.reconstruction.eval.DetectionPool;
import dev.mapsmith.reconstruction.eval.EvalResult;
import dev.mapsmith.reconstruction.eval.Evaluation;
import dev.mapsmith.reconstruction.eval.LaneGraphScore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a run's drive scores into {@link MethodFigures} for one method and noise level: pools
 * detections per world (over its seeds) and over the suite, bootstraps over worlds, breaks down by
 * layout type and bins confidence at the 1.0 m threshold.
 */
public final class SuiteFigures {

  /** The bootstrap's seed: one suite run gives one interval. */
  public static final long BOOTSTRAP_SEED = 14;

  /** The threshold calibration asks about: a match within 1.0 m. */
  public static final double CALIBRATION_TAU = 1.0;

  private SuiteFigures() {}

  public static MethodFigures of(
      Suite suite, List<DriveScore> scores, String method, String noise, int resamples) {
    List<SuiteWorld> worlds = new ArrayList<>();
    List<DetectionPool> worldPools = new ArrayList<>();
    List<MethodFigures.WorldFigure> worldFigures = new ArrayList<>();
    for (SuiteWorld w : suite.worlds()) {
      List<DriveScore> mine =
          scores.stream()
              .filter(
                  s ->
                      s.world().equals(w.id())
                          && s.method().equals(method)
                          && s.poseNoise().equals(noise))
              .toList();
      if (mine.isEmpty()) {
        continue;
      }
      DetectionPool pool = DetectionPool.pooled(mine.stream().map(DriveScore::pool).toList());
      worlds.add(w);
      worldPools.add(pool);
      worldFigures.add(
          new MethodFigures.WorldFigure(
              w.id(),
              w.layouts(),
              pool.result(),
              mine.stream().map(s -> s.pool().result().mAP()).toList(),
              mine.stream().mapToDouble(DriveScore::seconds).sum()));
    }
    if (worldPools.isEmpty()) {
      throw new IllegalStateException("no drive was scored for " + method + " / " + noise);
    }
    EvalResult pooled = DetectionPool.pooled(worldPools).result();
    List<EvalResult> replicates =
        Bootstrap.replicates(
            worldPools, p -> DetectionPool.pooled(p).result(), resamples, BOOTSTRAP_SEED);
    Bootstrap.Interval mAP =
        Bootstrap.percentile(
            pooled.mAP(), replicates.stream().mapToDouble(EvalResult::mAP).toArray(), 0.95);
    Map<MapClass, Bootstrap.Interval> classAp = new EnumMap<>(MapClass.class);
    for (MapClass c : Evaluation.SCORED_CLASSES) {
      classAp.put(
          c,
          Bootstrap.percentile(
              pooled.score(c).mean(),
              replicates.stream().mapToDouble(r -> r.score(c).mean()).toArray(),
              0.95));
    }
    return new MethodFigures(
        method,
        noise,
        pooled,
        mAP,
        classAp,
        layouts(worlds, worldPools),
        calibration(worldPools),
        worldFigures,
        scores.stream()
            .filter(s -> s.method().equals(method) && s.poseNoise().equals(noise))
            .map(DriveScore::laneGraph)
            .reduce(LaneGraphScore.EMPTY, LaneGraphScore::plus));
  }

  private static Map<String, MethodFigures.LayoutFigure> layouts(
      List<SuiteWorld> worlds, List<DetectionPool> pools) {
    Map<String, MethodFigures.LayoutFigure> out = new LinkedHashMap<>();
    for (String layout : SuiteWorld.LAYOUTS) {
      List<DetectionPool> having = new ArrayList<>();
      for (int i = 0; i < worlds.size(); i++) {
        if (worlds.get(i).layouts().contains(layout)) {
          having.add(pools.get(i));
        }
      }
      EvalResult r = having.isEmpty() ? null : DetectionPool.pooled(having).result();
      out.put(
          layout,
          new MethodFigures.LayoutFigure(
              having.size(),
              r == null ? Double.NaN : r.mAP(),
              r == null ? Double.NaN : r.score(MapClass.DIVIDER).mean()));
    }
    return out;
  }

  /** Every scored class's detections at {@link #CALIBRATION_TAU}, in ten score bins. */
  private static Calibration calibration(List<DetectionPool> pools) {
    int tau = -1;
    for (int i = 0; i < Evaluation.THRESHOLDS.length; i++) {
      if (Evaluation.THRESHOLDS[i] == CALIBRATION_TAU) {
        tau = i;
      }
    }
    List<Detection> all = new ArrayList<>();
    for (DetectionPool p : pools) {
      for (MapClass c : Evaluation.SCORED_CLASSES) {
        all.addAll(p.detections(c, tau));
      }
    }
    return Calibration.of(all, Calibration.DEFAULT_BINS);
  }
}
