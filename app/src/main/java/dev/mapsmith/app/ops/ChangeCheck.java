package dev.mapsmith.app.ops;

import dev.mapsmith.app.cli.ReconstructCommand;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.ReconstructionResult;
import dev.mapsmith.reconstruction.changes.ChangeConfig;
import dev.mapsmith.reconstruction.changes.ChangeDetection;
import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import dev.mapsmith.reconstruction.changes.DriveEvidence;
import dev.mapsmith.reconstruction.changes.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A prior map checked against drives, as {@code mapsmith changes} and the change benchmark do it:
 * each drive reconstructed alone (classical, or learned with a segmenter) exactly as {@code
 * mapsmith reconstruct} does, its lidar coverage taken, all in the first drive's frame, then {@link
 * ChangeDetection}. Also the JSON form of the verdicts.
 */
public final class ChangeCheck {

  private ChangeCheck() {}

  /** The verdicts, in the first drive's frame, changes first by descending confidence. */
  public static List<ChangeVerdict> run(
      LaneMap prior,
      List<DriveLog> drives,
      LaneSegmenter segmenter,
      ChangeConfig cfg,
      ProgressMonitor progress)
      throws Exception {
    FrameOfReference frame = drives.get(0).metadata().frame();
    List<DriveEvidence> evidence = new ArrayList<>();
    double share = 0.85 / drives.size();
    for (int i = 0; i < drives.size(); i++) {
      ProgressMonitor slice = progress.slice(i * share, (i + 1) * share);
      ReconstructionResult r =
          ReconstructCommand.reconstruct(
              List.of(drives.get(i)), null, segmenter, slice.slice(0, 0.7));
      evidence.add(
          ChangeDetection.evidence(drives.get(i), r.toMap(), frame, cfg, slice.slice(0.7, 1)));
    }
    List<ChangeVerdict> out =
        new ArrayList<>(
            ChangeDetection.detect(
                prior.convertedTo(frame), evidence, cfg, progress.slice(0.85, 1)));
    out.sort(
        Comparator.comparing((ChangeVerdict v) -> !v.verdict().isChange())
            .thenComparing(v -> -v.confidence()));
    return out;
  }

  /** Counts per verdict key, every verdict listed. */
  public static Map<String, Integer> counts(List<ChangeVerdict> verdicts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      out.put(v.key(), 0);
    }
    verdicts.forEach(v -> out.merge(v.verdict().key(), 1, Integer::sum));
    return out;
  }

  /** One verdict as JSON fields. */
  public static Map<String, Object> toJson(ChangeVerdict v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("element", v.element() == 0 ? null : v.element());
    m.put("class", v.mapClass().key());
    m.put("verdict", v.verdict().key());
    m.put("confidence", round(v.confidence()));
    m.put("displacement_m", Double.isNaN(v.displacementM()) ? null : round(v.displacementM()));
    m.put("changed", v.changed());
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("observed_fraction", round(v.evidence().observedFraction()));
    e.put("paint_coverage", nullable(v.evidence().paintCoverage()));
    e.put("match_distance_m", nullable(v.evidence().matchDistanceM()));
    e.put("support", round(v.evidence().support()));
    m.put("evidence", e);
    m.put("drives", v.drives());
    double[] at = v.at();
    m.put("at", List.of(round(at[0]), round(at[1])));
    m.put("prior", points(v.prior()));
    m.put("found", points(v.found()));
    return m;
  }

  /** The parameter record as JSON fields (every tolerance the verdicts depend on). */
  public static Map<String, Object> parameters(ChangeConfig cfg) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (var c : ChangeConfig.class.getRecordComponents()) {
      try {
        m.put(c.getName(), c.getAccessor().invoke(cfg));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return m;
  }

  private static List<List<Double>> points(Polyline g) {
    if (g == null) {
      return null;
    }
    List<List<Double>> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      out.add(List.of(round(g.x(i)), round(g.y(i))));
    }
    return out;
  }

  private static Double nullable(double v) {
    return Double.isNaN(v) ? null : round(v);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
