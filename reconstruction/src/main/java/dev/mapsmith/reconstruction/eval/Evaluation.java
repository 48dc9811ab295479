package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The vectorised-map metric of shared/FORMATS.md (the MapTR protocol): per window and class, clip,
 * resample to 100 points, Chamfer distance with a 2 m gate, greedy matching by descending score,
 * then VOC AP over all windows at τ 0.5, 1.0 and 1.5 m.
 */
public final class Evaluation {

  /** Chamfer thresholds, metres. */
  public static final double[] THRESHOLDS = {0.5, 1.0, 1.5};

  /** The classes whose mean AP is mAP. */
  public static final List<MapClass> MAP_CLASSES =
      List.of(MapClass.DIVIDER, MapClass.BOUNDARY, MapClass.PED_CROSSING);

  /** Every class scored: the mAP classes plus stop_line, reported apart. */
  public static final List<MapClass> SCORED_CLASSES =
      List.of(MapClass.DIVIDER, MapClass.BOUNDARY, MapClass.PED_CROSSING, MapClass.STOP_LINE);

  private Evaluation() {}

  /** Scores {@code predicted} against {@code truth} (converted into the prediction's frame). */
  public static EvalResult evaluate(MapView predicted, MapView truth, List<EvalWindow> windows) {
    return evaluate(predicted, truth, windows, ProgressMonitor.NONE);
  }

  public static EvalResult evaluate(
      MapView predicted, MapView truth, List<EvalWindow> windows, ProgressMonitor monitor) {
    return collect(predicted, truth, windows, monitor).result();
  }

  /**
   * The matched detections and truth counts of every window, before AP: what {@link
   * DetectionPool#pooled} joins over drives.
   */
  public static DetectionPool collect(
      MapView predicted, MapView truth, List<EvalWindow> windows, ProgressMonitor monitor) {
    List<Primitive> pred = List.copyOf(predicted.primitives());
    List<Primitive> gt = TruthMerge.apply(inFrame(truth, predicted));
    DetectionPool pool = new DetectionPool();
    for (int k = 0; k < windows.size(); k++) {
      monitor.checkCancelled();
      monitor.progress((double) k / windows.size(), "scoring window " + (k + 1));
      EvalWindow w = windows.get(k);
      for (MapClass c : SCORED_CLASSES) {
        pool.addWindow(c, WindowClip.clip(w, pred, c), WindowClip.clip(w, gt, c));
      }
      pool.countWindow();
    }
    monitor.progress(1, "scored " + windows.size() + " windows");
    return pool;
  }

  private static List<Primitive> inFrame(MapView truth, MapView target) {
    UnaryOperator<Point3> convert = FrameAlignment.converter(truth.frame(), target.frame());
    if (truth.frame().equals(target.frame())) {
      return List.copyOf(truth.primitives());
    }
    List<Primitive> out = new ArrayList<>();
    for (Primitive p : truth.primitives()) {
      List<Point3> pts = new ArrayList<>();
      for (int i = 0; i < p.geometry().size(); i++) {
        pts.add(convert.apply(p.geometry().point(i)));
      }
      out.add(p.withGeometry(Polyline.of(pts)));
    }
    return out;
  }
}
