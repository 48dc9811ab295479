package dev.mapsmith.app.cli.benchmark;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.reconstruction.eval.Bootstrap;
import dev.mapsmith.reconstruction.eval.Calibration;
import dev.mapsmith.reconstruction.eval.EvalResult;
import dev.mapsmith.reconstruction.eval.LaneGraphScore;
import java.util.List;
import java.util.Map;

/**
 * The figures of one method at one pose-noise level over a suite: AP pooled over every drive, 95 %
 * bootstrap intervals over worlds for mAP and each class, mAP per layout type, the calibration of
 * confidence, each world's own pooled score, and the lane graph's scores summed over every drive.
 */
public record MethodFigures(
    String method,
    String poseNoise,
    EvalResult pooled,
    Bootstrap.Interval mAP,
    Map<MapClass, Bootstrap.Interval> classAp,
    Map<String, LayoutFigure> layouts,
    Calibration calibration,
    List<WorldFigure> worlds,
    LaneGraphScore laneGraph) {

  /** Pooled mAP over the worlds of one layout type; {@code worlds} 0 when the suite has none. */
  public record LayoutFigure(int worlds, double mAP, double dividerAp) {}

  /** One world's AP pooled over its seeds, each drive's own mAP, and its time for this method. */
  public record WorldFigure(
      String world,
      List<String> layouts,
      EvalResult pooled,
      List<Double> driveMaps,
      double seconds) {}
}
