package dev.mapsmith.app.ops;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.MapReadResult;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.reconstruction.eval.Chamfer;
import dev.mapsmith.reconstruction.eval.EvalResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a map against a ground-truth map (workflow 8): each primitive's Chamfer distance (the
 * evaluation metric's, 2 m gate) to the nearest truth primitive of its class, worst first, and the
 * per-class AP of {@code mapsmith evaluate}, computed the same way ({@link TruthScoring}). Runs off
 * the UI thread.
 */
public final class TruthCheck {

  /** One primitive's distance to the truth; infinite when no truth line of its class is near. */
  public record Error(long primitiveId, MapClass mapClass, double chamfer) {}

  /**
   * The errors, worst first, the AP scores, and what could not be read of the truth file or of the
   * project's drives.
   */
  public record Report(List<Error> worstFirst, EvalResult scores, List<String> problems) {}

  private TruthCheck() {}

  /**
   * Reads a truth map in its own frame, as {@code mapsmith evaluate} does ({@link TruthScoring}).
   */
  public static MapReadResult readTruth(Path file, LaneMap predicted) throws Exception {
    return TruthScoring.readTruth(file, predicted.frame());
  }

  /**
   * The distances of every primitive and the AP scores of {@code mapsmith evaluate} (windows along
   * the project's {@code drives}, else tiles over the map).
   */
  public static Report check(
      LaneMap predicted, MapReadResult truth, List<DriveRecord> drives, ProgressMonitor monitor) {
    List<Primitive> gt = List.copyOf(truth.map().convertedTo(predicted.frame()).primitives());
    List<double[]> gtLines = new ArrayList<>();
    for (Primitive t : gt) {
      gtLines.add(Chamfer.resample(xy(t.geometry()), t.closed()));
    }
    List<Error> errors = new ArrayList<>();
    int done = 0;
    List<Primitive> pred = List.copyOf(predicted.primitives());
    for (Primitive p : pred) {
      if (++done % 64 == 0) {
        monitor.checkCancelled();
        monitor.progress(0.5 * done / pred.size(), "distances " + done + " of " + pred.size());
      }
      double[] line = Chamfer.resample(xy(p.geometry()), p.closed());
      Bounds2 near = p.geometry().bounds().expand(Chamfer.GATE);
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < gt.size(); i++) {
        Primitive t = gt.get(i);
        if (t.mapClass() == p.mapClass() && t.geometry().bounds().intersects(near)) {
          best = Math.min(best, Chamfer.distance(line, gtLines.get(i)));
        }
      }
      errors.add(new Error(p.id(), p.mapClass(), best));
    }
    errors.sort(Comparator.comparingDouble(Error::chamfer).reversed());
    List<String> problems = new ArrayList<>(truth.problems());
    EvalResult scores =
        TruthScoring.score(predicted, truth, drives, null, monitor.slice(0.5, 1), problems::add)
            .result();
    return new Report(errors, scores, problems);
  }

  private static double[] xy(Polyline g) {
    double[] out = new double[2 * g.size()];
    for (int i = 0; i < g.size(); i++) {
      out[2 * i] = g.x(i);
      out[2 * i + 1] = g.y(i);
    }
    return out;
  }
}
