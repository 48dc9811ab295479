package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.task.TaskExecutor;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.labeling.DriveRecord;
import java.util.List;

/**
 * What a workflow's view-model needs of the window's shared state (the open project, its map, the
 * open drives, the job executor and log), and nothing else; {@link MainViewModel} provides it, a
 * test may provide a small fake. Called on the UI thread.
 */
interface Workbench {

  /** Empty when {@code need} is met, else the reason shown on disabled actions. */
  String reasonFor(Need need);

  /** Logs and shows {@code message} as an error; returns null (no job). */
  Job refuse(String message);

  TaskExecutor tasks();

  LogModel log();

  Services services();

  /** The open project, or null. */
  ProjectSession session();

  /**
   * The project's map as the window shows it (read on the UI thread), or null without a project.
   */
  MapModel map();

  /** An immutable copy of the map for background work, or null without a project. */
  default LaneMap mapSnapshot() {
    MapModel m = map();
    return m == null ? null : m.snapshot();
  }

  /** The drives open in the window, in the order they were opened. */
  List<LoadedDrive> openDrives();

  /** The drives the project records (some may be missing). */
  List<DriveRecord> projectDrives();

  /** How many areas the project holds. */
  int areaCount();

  /** The ground's height at (x, y) from the open drives' lidar, or {@code fallback}. */
  double groundZ(double x, double y, double fallback);

  /** Forgets the rectangle drawn with the Area tool. */
  void clearAreaSelection();
}
