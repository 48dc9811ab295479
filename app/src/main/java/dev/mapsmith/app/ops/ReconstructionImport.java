package dev.mapsmith.app.ops;

import dev.mapsmith.app.task.Reported;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.labeling.DriveFingerprint;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.EditResult;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.edit.ReplaceAutomatic;
import dev.mapsmith.labeling.edit.lanes.LaneEditRules;
import dev.mapsmith.labeling.edit.lanes.ReplaceAutomaticLanes;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.ReconstructionResult;
import dev.mapsmith.reconstruction.lanegraph.DrivePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a reconstruction into an open project: checks the frame, records the drives it lacks and,
 * in one undoable edit ({@link ReplaceAutomatic}), records the area (when named; undo removes it
 * with the output) and replaces the earlier automatic output inside the area (the output's extent
 * when none was given) with the new primitives, keeping every primitive a person touched. The new
 * primitives keep the review state reconstruction gave them (automatic); the lane graph built from
 * them along the drives is written with them in the same edit ({@link ReplaceAutomaticLanes}). Used
 * by {@code mapsmith reconstruct}, {@code mapsmith demo} and the window's Reconstruct action.
 */
public final class ReconstructionImport {

  /** New primitive {@code addedId} lies within a metre of kept work {@code keptId}, at (x, y). */
  public record Overlap(long keptId, long addedId, double x, double y) {
    public Map<String, Object> toJsonMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kept", keptId);
      m.put("added", addedId);
      m.put("x", Math.round(x * 100) / 100.0);
      m.put("y", Math.round(y * 100) / 100.0);
      return m;
    }
  }

  /**
   * What an import did: ids of the earlier automatic primitives it replaced, of the touched ones it
   * kept in the area, of those it added, and where new output lies on kept work.
   */
  public record Report(
      List<Long> replaced, List<Long> kept, List<Long> added, List<Overlap> overlaps, int lanelets)
      implements Reported {

    public Report(List<Long> replaced, List<Long> kept, List<Long> added, List<Overlap> overlaps) {
      this(replaced, kept, added, overlaps, 0);
    }

    @Override
    public String summary() {
      return "replaced "
          + replaced.size()
          + ", kept "
          + kept.size()
          + ", added "
          + added.size()
          + (lanelets == 0 ? "" : ", " + lanelets + " lanelets")
          + (overlaps.isEmpty() ? "" : "; " + overlaps.size() + " new on kept work");
    }

    /** The counts and overlaps for the command line's JSON. */
    public Map<String, Object> toJsonMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("replaced", replaced.size());
      m.put("kept", kept.size());
      m.put("added", added.size());
      m.put("lanelets", lanelets);
      m.put("overlaps", overlaps.stream().map(Overlap::toJsonMap).toList());
      return m;
    }
  }

  /** The edit's description in the project's history. */
  public static final String DESCRIPTION = "reconstruct classical " + ReconstructionConfig.VERSION;

  private ReconstructionImport() {}

  /**
   * @param paths where each of {@code logs} lies (stored in the project for relinking)
   * @param area the reconstructed area, or null for the output's extent
   * @param areaName the name to record {@code area} under in the project, or null to record none
   * @return what was replaced, kept and added
   */
  public static Report into(
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
  public static Report into(
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
    boolean records = area != null && areaName != null;
    Bounds2 replacedIn = area != null ? area : extent(r.primitives());
    ReplaceAutomatic edit = new ReplaceAutomatic(replacedIn, r.primitives(), description);
    ReplaceAutomatic.Survey survey = edit.survey(p.map());
    LaneGraph lanes = laneGraph(r, logs);
    ReplaceAutomaticLanes withLanes =
        new ReplaceAutomaticLanes(edit, lanes, LaneEditRules.defaults());
    if (!records
        && survey.replaced().isEmpty()
        && r.primitives().isEmpty()
        && withLanes.replaced(p.lanes()).isEmpty()
        && lanes.lanelets().isEmpty()) {
      return new Report(List.of(), survey.kept(), List.of(), List.of());
    }
    // the area is recorded in the edit's own step: an undo takes it back with the output
    EditResult done = records ? p.execute(withLanes, areaName, area) : p.execute(withLanes);
    List<Overlap> overlaps =
        survey.overlaps().stream()
            .map(
                o ->
                    new Overlap(
                        o.keptId(),
                        done.created().get(o.outputIndex()),
                        o.where().x(),
                        o.where().y()))
            .toList();
    return new Report(
        survey.replaced(), survey.kept(), done.created(), overlaps, lanes.lanelets().size());
  }

  /**
   * The lane graph of the new lines along the drives' paths (decision 0201), written into the
   * project with them (decision 0265).
   */
  private static LaneGraph laneGraph(ReconstructionResult r, List<DriveLog> logs) {
    List<Polyline> paths = new ArrayList<>();
    for (DriveLog log : logs) {
      if (log.metadata().frame().equals(r.frame())) {
        paths.add(DrivePath.of(log));
      }
    }
    return LaneGraphScoring.build(new LaneMap(r.frame(), r.primitives()), paths);
  }

  private static Bounds2 extent(List<Primitive> primitives) {
    Bounds2 b = Bounds2.EMPTY;
    for (Primitive x : primitives) {
      b = b.union(x.geometry().bounds());
    }
    return b;
  }
}
