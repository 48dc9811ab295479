package dev.mapsmith.app.cli.benchmark;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.reconstruction.eval.Bootstrap;
import dev.mapsmith.reconstruction.eval.Calibration;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of a benchmark's figures (documented in docs/evaluation.md). */
public final class BenchmarkJson {

  private BenchmarkJson() {}

  /** One method and noise level: pooled AP with intervals, layouts, calibration, worlds. */
  public static Map<String, Object> figures(MethodFigures f) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", f.method());
    out.put("pose_noise", f.poseNoise());
    Map<String, Object> pooled = new LinkedHashMap<>(f.pooled().toJsonMap());
    pooled.put("mAP_ci95", interval(f.mAP()));
    addIntervals(pooled, f);
    out.putAll(pooled);
    Map<String, Object> layouts = new LinkedHashMap<>();
    f.layouts()
        .forEach(
            (k, v) -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("worlds", v.worlds());
              m.put("mAP", round(v.mAP()));
              m.put("divider", round(v.dividerAp()));
              layouts.put(k, m);
            });
    out.put("per_layout", layouts);
    out.put("calibration", calibration(f.calibration()));
    List<Object> worlds = new ArrayList<>();
    for (MethodFigures.WorldFigure w : f.worlds()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("world", w.world());
      m.put("layouts", w.layouts());
      m.put("mAP", round(w.pooled().mAP()));
      m.put("divider", round(w.pooled().score(MapClass.DIVIDER).mean()));
      m.put("drive_mAP", w.driveMaps().stream().map(BenchmarkJson::round).toList());
      m.put("seconds", round(w.seconds()));
      worlds.add(m);
    }
    out.put("per_world", worlds);
    out.put("lane_graph", f.laneGraph().toJsonMap());
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void addIntervals(Map<String, Object> pooled, MethodFigures f) {
    for (MapClass c : Evaluation.SCORED_CLASSES) {
      Map<String, Object> cls =
          c == MapClass.STOP_LINE
              ? (Map<String, Object>) pooled.get(c.key())
              : (Map<String, Object>) ((Map<String, Object>) pooled.get("AP")).get(c.key());
      cls.put("ci95", interval(f.classAp().get(c)));
    }
  }

  static Map<String, Object> calibration(Calibration c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tau", SuiteFigures.CALIBRATION_TAU);
    out.put("ece", round(c.ece()));
    out.put("detections", c.detections());
    List<Object> bins = new ArrayList<>();
    for (Calibration.Bin b : c.bins()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", round(b.lower()));
      m.put("to", round(b.upper()));
      m.put("count", b.count());
      m.put("mean_score", round(b.meanScore()));
      m.put("matched", round(b.matched()));
      bins.add(m);
    }
    out.put("bins", bins);
    return out;
  }

  static List<Double> interval(Bootstrap.Interval i) {
    List<Double> out = new ArrayList<>();
    out.add(round(i.low()));
    out.add(round(i.high()));
    return out;
  }

  public static Double round(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 10000) / 10000.0;
  }
}
