package dev.mapsmith.app.ops;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.drivelog.map.MapReadResult;
import dev.mapsmith.reconstruction.eval.Chamfer;
import dev.mapsmith.reconstruction.eval.EvalResult;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Checks a map against a ground-truth map (workflow 8): each primitive's Chamfer distance (the
 * evaluation metric's, 2 m gate) to the nearest truth primitive of its class, worst first, and the
 * per-class AP of {@code mapsmith evaluate} over the map's extent. Runs off the UI thread.
 */
public final class TruthCheck {

  /** One primitive's distance to the truth; infinite when no truth line of its class is near. */
  public record Error(long primitiveId, MapClass mapClass, double chamfer) {}

  /** The errors, worst first, the AP scores, and what could not be read of the truth file. */
  public record Report(List<Error> worstFirst, EvalResult scores, List<String> problems) {}

  private TruthCheck() {}

  /**
   * Reads a Lanelet2 truth map by the shared origin rule (a map with only local coordinates is
   * taken to be in the project's frame); the check converts it into the project's frame.
   */
  public static MapReadResult readTruth(Path osm, LaneMap predicted) throws Exception {
    if (!osm.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".osm")) {
      throw new IllegalArgumentException(osm + ": the truth map must be a Lanelet2 .osm file");
    }
    GeoOrigin origin = predicted.frame() instanceof LocalEnuFrame enu ? enu.origin() : null;
    MapReadResult read = Lanelet2Maps.read(osm, null, origin);
    return new MapReadResult(
        inFrame(read.map(), predicted.frame()), read.problems(), read.origin());
  }

  /** The map with its points converted into {@code frame} (the distances need one frame). */
  private static LaneMap inFrame(LaneMap map, FrameOfReference frame) {
    if (map.frame().equals(frame)) {
      return map;
    }
    UnaryOperator<Point3> convert = FrameAlignment.converter(map.frame(), frame);
    List<Primitive> out = new ArrayList<>();
    for (Primitive p : map.primitives()) {
      List<Point3> pts = new ArrayList<>();
      for (int i = 0; i < p.geometry().size(); i++) {
        pts.add(convert.apply(p.geometry().point(i)));
      }
      out.add(p.withGeometry(Polyline.of(pts)));
    }
    return new LaneMap(frame, out);
  }

  public static Report check(LaneMap predicted, MapReadResult truth, ProgressMonitor monitor) {
    List<Primitive> gt = List.copyOf(truth.map().primitives());
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
    Bounds2 extent = Bounds2.EMPTY;
    for (Primitive p : pred) {
      extent = extent.union(p.geometry().bounds());
    }
    EvalResult scores =
        extent.isEmpty()
            ? Evaluation.evaluate(predicted, truth.map(), List.of(), monitor.slice(0.5, 1))
            : Evaluation.evaluate(
                predicted, truth.map(), EvalWindows.tileGrid(extent), monitor.slice(0.5, 1));
    return new Report(errors, scores, truth.problems());
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
