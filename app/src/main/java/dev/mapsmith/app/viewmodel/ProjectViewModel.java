package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.AreaRow;
import dev.mapsmith.app.model.FindingRow;
import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.ProjectLanes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open project as the window shows it: opening and creating it, its session, map, areas,
 * findings, drives and the undo and redo labels, updated on the UI thread from each state its
 * session publishes.
 */
public final class ProjectViewModel {

  private final Workbench w;
  private final Consumer<Path> remember;
  private final Executor writer;
  private final Executor ui;
  private final ObjectProperty<ProjectSession> session =
      new SimpleObjectProperty<>(this, "project");
  private final ReadOnlyObjectWrapper<MapModel> map = new ReadOnlyObjectWrapper<>(this, "map");
  private final ReadOnlyObjectWrapper<ProjectLanes> lanes =
      new ReadOnlyObjectWrapper<>(this, "lanes");
  private final ReadOnlyLongWrapper mapVersion = new ReadOnlyLongWrapper(this, "mapVersion");
  private MapModel loading; // the attached project's map until its first state arrives
  private final ObservableList<AreaRow> areas = FXCollections.observableArrayList();
  private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
  private final ObservableList<DriveRecord> missingDrives = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undo", "");
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redo", "");
  private List<DriveRecord> drives = List.of();
  private Consumer<List<DriveRecord>> onAttached = d -> {};

  /**
   * Calls into a project run on {@code writer}; their results arrive on {@code ui}. {@code
   * remember} notes an opened project's file in the recent list.
   */
  ProjectViewModel(Workbench w, Consumer<Path> remember, Executor writer, Executor ui) {
    this.w = w;
    this.remember = remember;
    this.writer = writer;
    this.ui = ui;
  }

  /** A project file is an SQLite database (its 16-byte header); anything else is a drive. */
  static boolean looksLikeProject(Path path) {
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(16);
      return Arrays.equals(head, "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      return false;
    }
  }

  /** Opens the project file {@code path} in the background; null when it cannot start. */
  Job open(Path path) {
    Availability a = w.services().projects();
    if (!a.available()) {
      return w.refuse("cannot open project " + path + ": " + a.reason());
    }
    return w.tasks()
        .submit("Open project " + path.getFileName(), m -> Project.open(path), this::attach);
  }

  /** Creates a project file in {@code frame} in the background; null when it cannot start. */
  Job create(Path file, FrameOfReference frame) {
    Availability a = w.services().projects();
    if (!a.available()) {
      return w.refuse("cannot create project " + file + ": " + a.reason());
    }
    if (Files.exists(file)) {
      return w.refuse("cannot create project " + file + ": the file exists (open it instead)");
    }
    return w.tasks()
        .submit(
            "Create project " + file.getFileName(), m -> Project.create(file, frame), this::attach);
  }

  /** Points a moved drive at its new place (checked against the drive's fingerprint). */
  CompletableFuture<DriveRecord> relink(String driveId, Path newPath) {
    ProjectSession s = session.get();
    if (s == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("no project open"));
    }
    return s.call(p -> p.relinkDrive(driveId, newPath));
  }

  /** What the window does with the drives a newly attached project records. */
  void setOnAttached(Consumer<List<DriveRecord>> onAttached) {
    this.onAttached = onAttached;
  }

  /** Makes {@code opened} the current project (closing the previous one) and shows its state. */
  void attach(Project opened) {
    ProjectSession old = session.get();
    if (old != null) {
      old.close();
    }
    ProjectSession[] self = new ProjectSession[1]; // a late state of a closed session is dropped
    ProjectSession s =
        new ProjectSession(
            opened,
            writer,
            ui,
            st -> {
              if (session.get() == self[0]) {
                show(st);
              }
            });
    self[0] = s;
    loading = new MapModel(opened.frame());
    session.set(s);
    w.log().info("opened project " + opened.file());
    remember.accept(opened.file());
    s.call(Project::drives).thenAccept(d -> onAttached.accept(d));
  }

  private void show(ProjectSession.State s) {
    if (loading != null) {
      MapModel first = s.whole(); // indexed on the writer thread
      if (first == null) {
        first = loading;
        first.apply(s.delta());
      }
      map.set(first);
      loading = null;
    } else if (map.get() != null) {
      map.get().apply(s.delta());
    }
    if (!s.delta().isEmpty()) {
      mapVersion.set(mapVersion.get() + 1);
    }
    if (!areas.equals(s.areas())) {
      areas.setAll(s.areas());
    }
    if (!findings.equals(s.findings())) {
      findings.setAll(s.findings());
    }
    undoText.set(s.undo());
    redoText.set(s.redo());
    if (lanes.get() != s.lanes()) {
      lanes.set(s.lanes());
    }
    missingDrives.setAll(s.missingDrives());
    drives = s.drives();
  }

  /** Closes the project, if one is open. */
  void close() {
    if (session.get() != null) {
      session.get().close();
      session.set(null);
      map.set(null);
      lanes.set(null);
    }
  }

  public ObjectProperty<ProjectSession> sessionProperty() {
    return session;
  }

  /** The open project's map (null until its first state arrives); edits change it in place. */
  /** The open project's lane graph (immutable, replaced after each lane edit), or null. */
  public ReadOnlyObjectProperty<ProjectLanes> lanesProperty() {
    return lanes.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<MapModel> mapProperty() {
    return map.getReadOnlyProperty();
  }

  /** Counts the changes to the shown map (a new project's map, or an edit); for redraws. */
  public ReadOnlyLongProperty mapVersionProperty() {
    return mapVersion.getReadOnlyProperty();
  }

  public ObservableList<AreaRow> areas() {
    return areas;
  }

  public ObservableList<FindingRow> findings() {
    return findings;
  }

  /** Drives of the open project whose files are no longer where the project says. */
  public ObservableList<DriveRecord> missingDrives() {
    return missingDrives;
  }

  /** The drives the project records (some may be missing). */
  List<DriveRecord> drives() {
    return drives;
  }

  public ReadOnlyStringProperty undoProperty() {
    return undoText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoProperty() {
    return redoText.getReadOnlyProperty();
  }
}
