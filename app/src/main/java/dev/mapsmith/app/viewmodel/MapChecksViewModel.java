package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.ops.MapExport;
import dev.mapsmith.app.ops.TruthCheck;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.validate.Validation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Checking and delivering the map: validation (findings), the check against a ground-truth map
 * (workflow 8, the same figures as {@code mapsmith evaluate}) and the export of the map.
 */
public final class MapChecksViewModel {

  private final Workbench w;
  private final TruthViewModel truth;

  MapChecksViewModel(Workbench w, TruthViewModel truth) {
    this.w = w;
    this.truth = truth;
  }

  /** Exports the project's map (rejected primitives left out) to {@code out} in the background. */
  public Job export(Path out) {
    String reason = w.reasonFor(Need.PROJECT);
    if (!reason.isEmpty()) {
      return w.refuse("cannot export: " + reason);
    }
    MapExport.Format format;
    try {
      format = MapExport.Format.forFile(out);
    } catch (IllegalArgumentException e) {
      return w.refuse("cannot export: " + e.getMessage());
    }
    LaneMap snapshot = w.mapSnapshot();
    return w.tasks()
        .submit(
            "Export " + out.getFileName(),
            m -> MapExport.write(snapshot, format, out, m),
            n -> w.log().info("exported " + n + " primitives to " + out));
  }

  /** Runs the standard validators on the project; the findings are stored and listed. */
  public CompletableFuture<Integer> validate() {
    ProjectSession session = w.session();
    if (session == null) {
      return CompletableFuture.failedFuture(new IllegalStateException(w.reasonFor(Need.PROJECT)));
    }
    return session.call(p -> Validation.run(p).size());
  }

  /**
   * Checks the project's map against a Lanelet2 ground-truth map in the background: Chamfer
   * distance per primitive (colours, worst first) and per-class AP.
   */
  public Job checkTruth(Path osm) {
    String reason = w.reasonFor(Need.PROJECT);
    if (!reason.isEmpty()) {
      return w.refuse("cannot check against the truth: " + reason);
    }
    LaneMap snapshot = w.mapSnapshot();
    List<DriveRecord> windowsAlong = w.projectDrives();
    return w.tasks()
        .submit(
            "Check against " + osm.getFileName(),
            m -> {
              m.progress(0, "reading " + osm.getFileName());
              var read = TruthCheck.readTruth(osm, snapshot);
              return TruthCheck.check(snapshot, read, windowsAlong, m.slice(0.1, 1));
            },
            r -> {
              r.problems().forEach(p -> w.log().info(osm.getFileName() + ": " + p));
              truth.show(r, osm.getFileName().toString());
              w.log().info(truth.summaryProperty().get());
            });
  }
}
