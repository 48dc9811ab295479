package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.ops.ReconstructionImport;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.Reported;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.reconstruction.ReconstructionResult;
import java.nio.file.Path;
import java.util.List;

/**
 * Workflow 3, reconstruction: runs the classical or learned method over the open drives in the
 * background and writes the result into the project ({@link ReconstructionImport}: replaces the
 * earlier automatic output in the area, keeps reviewed work), as one undoable edit.
 */
public final class ReconstructionViewModel {

  private final Workbench w;

  ReconstructionViewModel(Workbench w) {
    this.w = w;
  }

  /**
   * Reconstructs {@code area} (null: the open drives' whole corridor) in the background from every
   * open drive and inserts the result into the project as one undoable edit, in review state auto.
   * The area is recorded in the project (the result's extent when none was drawn).
   */
  public Job reconstruct(Bounds2 area) {
    return reconstruct(area, false);
  }

  /**
   * As {@link #reconstruct(Bounds2)}, with the learned method (the default segmentation model) when
   * {@code learned} is true; the edit's description and the primitives' provenance say which.
   */
  public Job reconstruct(Bounds2 area, boolean learned) {
    String reason = w.reasonFor(Need.RECONSTRUCTION);
    if (!reason.isEmpty()) {
      return w.refuse("cannot reconstruct: " + reason);
    }
    ProjectSession session = w.session();
    List<LoadedDrive> used = w.openDrives();
    List<DriveLog> logs = used.stream().map(LoadedDrive::log).toList();
    List<Path> paths = used.stream().map(d -> d.metadata().path()).toList();
    String name = "area " + (w.areaCount() + 1);
    return w.tasks()
        .submit(
            "Reconstruct "
                + (area == null ? "the drives' corridor" : name)
                + (learned ? " (learned)" : ""),
            m -> {
              ReconstructionResult r =
                  learned
                      ? w.services().reconstruction().runLearned(logs, area, m.slice(0, 0.95))
                      : w.services().reconstruction().run(logs, area, m.slice(0, 0.95));
              String description =
                  learned && !r.primitives().isEmpty()
                      ? "reconstruct learned "
                          + r.primitives()
                              .get(0)
                              .provenance()
                              .method()
                              .replaceFirst("^learned:", "")
                          + " "
                          + r.primitives().get(0).provenance().version()
                      : ReconstructionImport.DESCRIPTION;
              m.checkCancelled();
              m.progress(0.96, "saving " + r.primitives().size() + " primitives");
              Bounds2 recorded = area != null ? area : extent(r);
              ReconstructionImport.Report imported;
              try {
                imported =
                    session
                        .call(
                            p ->
                                ReconstructionImport.into(
                                    p, logs, paths, r, recorded, name, description))
                        .get();
              } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
              }
              return new Reconstructed(r, imported);
            },
            done -> {
              ReconstructionResult r = done.result();
              r.notes().forEach(w.log()::info);
              w.log()
                  .info(
                      "reconstructed "
                          + r.primitives().size()
                          + " primitives "
                          + r.countsByClass()
                          + " from "
                          + r.inputPoints()
                          + " points in "
                          + String.format("%.1f s", r.seconds()));
              done.imported()
                  .overlaps()
                  .forEach(
                      o ->
                          w.log()
                              .info(
                                  String.format(
                                      "new primitive %d lies on kept primitive %d at (%.1f, %.1f)",
                                      o.addedId(), o.keptId(), o.x(), o.y())));
              w.clearAreaSelection();
            });
  }

  /** A reconstruction and what writing it into the project did (the job's report). */
  record Reconstructed(ReconstructionResult result, ReconstructionImport.Report imported)
      implements Reported {
    @Override
    public String summary() {
      return imported.summary();
    }
  }

  private static Bounds2 extent(ReconstructionResult r) {
    Bounds2 b = Bounds2.EMPTY;
    for (Primitive p : r.primitives()) {
      b = b.union(p.geometry().bounds());
    }
    return b.isEmpty() ? null : b;
  }
}
