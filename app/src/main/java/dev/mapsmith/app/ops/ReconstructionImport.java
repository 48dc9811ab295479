package dev.mapsmith.app.ops;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.labeling.DriveFingerprint;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.EditResult;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.ReconstructionResult;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a reconstruction into an open project: checks the frame, records the drives it lacks,
 * records the area (when one was drawn) and inserts every primitive in one undoable bulk edit. The
 * primitives keep the review state reconstruction gave them (automatic). Used by {@code mapsmith
 * reconstruct}, {@code mapsmith demo} and the window's Reconstruct action.
 */
public final class ReconstructionImport {

  /** The edit's description in the project's history. */
  public static final String DESCRIPTION = "reconstruct classical " + ReconstructionConfig.VERSION;

  private ReconstructionImport() {}

  /**
   * @param paths where each of {@code logs} lies (stored in the project for relinking)
   * @param area the reconstructed area to record, or null to record none
   * @return the bulk insert, or null when the reconstruction found nothing
   */
  public static EditResult into(
      Project p,
      List<DriveLog> logs,
      List<Path> paths,
      ReconstructionResult r,
      Bounds2 area,
      String areaName) {
    return into(p, logs, paths, r, area, areaName, DESCRIPTION);
  }

  /**
   * As {@link #into(Project, List, List, ReconstructionResult, Bounds2, String)}, with the edit's
   * description.
   */
  public static EditResult into(
      Project p,
      List<DriveLog> logs,
      List<Path> paths,
      ReconstructionResult r,
      Bounds2 area,
      String areaName,
      String description) {
    if (!p.frame().equals(r.frame())) {
      throw new IllegalArgumentException(
          p.file()
              + ": project frame "
              + p.frame().describe()
              + " differs from the drives' "
              + r.frame().describe());
    }
    for (int i = 0; i < logs.size(); i++) {
      String id = logs.get(i).metadata().id();
      if (p.drives().stream().noneMatch(dr -> dr.id().equals(id))) {
        Path path = paths.get(i).toAbsolutePath();
        p.addDrive(
            new DriveRecord(id, path, logs.get(i).metadata().format(), DriveFingerprint.of(path)));
      }
    }
    if (area != null) {
      p.addArea(areaName, area);
    }
    return r.primitives().isEmpty() ? null : p.insertAll(r.primitives(), description);
  }
}
