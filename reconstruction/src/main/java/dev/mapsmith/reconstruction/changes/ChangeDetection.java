package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Change detection: a prior map against drives (each already reconstructed). One drive gives a
 * verdict per prior element of the scored classes ({@link ElementJudge}) and its additions ({@link
 * AddedFinder}); several drives vote ({@link DriveVotes}).
 */
public final class ChangeDetection {

  private ChangeDetection() {}

  /**
   * A drive's evidence in {@code frame}: its lidar coverage (every {@code cfg.sweepStride()}-th
   * sweep) and its reconstruction's {@code detections} (converted into {@code frame}).
   */
  public static DriveEvidence evidence(
      DriveLog drive,
      MapView detections,
      FrameOfReference frame,
      ChangeConfig cfg,
      ProgressMonitor monitor)
      throws DriveLogException {
    ObservationCoverage coverage =
        ObservationCoverage.of(
            drive, frame, ReconstructionConfig.defaults(), cfg.sweepStride(), monitor);
    LaneMap found = new LaneMap(detections.frame(), List.copyOf(detections.primitives()));
    return new DriveEvidence(
        drive.metadata().id(), coverage, List.copyOf(found.convertedTo(frame).primitives()));
  }

  /** Verdicts on every prior element of the scored classes, then the additions. */
  public static List<ChangeVerdict> detect(
      MapView prior, List<DriveEvidence> drives, ChangeConfig cfg, ProgressMonitor monitor) {
    List<Primitive> elements =
        prior.primitives().stream()
            .filter(p -> Evaluation.SCORED_CLASSES.contains(p.mapClass()))
            .toList();
    ElementJudge judge = new ElementJudge(cfg);
    AddedFinder adder = new AddedFinder(cfg);
    List<List<ChangeVerdict>> perElement = new ArrayList<>();
    elements.forEach(e -> perElement.add(new ArrayList<>()));
    List<ChangeVerdict> added = new ArrayList<>();
    for (int d = 0; d < drives.size(); d++) {
      DriveEvidence drive = drives.get(d);
      Set<Primitive> matched = new LinkedHashSet<>();
      for (int i = 0; i < elements.size(); i++) {
        monitor.checkCancelled();
        Primitive e = elements.get(i);
        List<Primitive> others =
            elements.stream()
                .filter(o -> o != e && o.mapClass() == e.mapClass())
                .filter(o -> o.geometry().bounds().intersects(e.geometry().bounds().expand(5)))
                .toList();
        ElementJudge.Judged j = judge.judge(e, drive, others);
        perElement.get(i).add(j.verdict());
        matched.addAll(j.matched());
        monitor.progress(
            (d + (i + 1.0) / elements.size()) / drives.size(),
            "drive " + (d + 1) + ": element " + (i + 1) + " of " + elements.size());
      }
      added.addAll(adder.find(elements, drive, matched));
    }
    List<ChangeVerdict> out = new ArrayList<>();
    perElement.forEach(v -> out.add(DriveVotes.combine(v)));
    out.addAll(DriveVotes.mergeAdded(added, cfg.match()));
    monitor.progress(1, out.size() + " verdicts");
    return out;
  }
}
