package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.AreaRow;
import dev.mapsmith.app.model.FindingRow;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.Area;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.EditResult;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.MapChange;
import dev.mapsmith.labeling.MapChangeListener;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.ReviewProgress;
import dev.mapsmith.labeling.edit.EditCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * An open project as the UI sees it. Every call into the project (edits, undo, redo, reads) runs on
 * one writer thread, in order, so the UI thread never waits for the file; after each call an
 * immutable {@link State} is handed to the UI thread. The state carries the map's change as a
 * {@link MapDelta}: the project's change events ({@link MapChange}: ids added, changed, removed)
 * heard during the call, batched, with the primitives' new values; only the first state carries the
 * whole map. Each edit is in the file when its future completes.
 */
public final class ProjectSession implements AutoCloseable {

  /**
   * What the UI shows of the project after a change. The first state also carries the whole map as
   * a {@link MapModel} built (indexed) on the writer thread, not yet shown, so opening a large
   * project does not index it on the UI thread; later states carry null there.
   */
  public record State(
      MapModel whole,
      MapDelta delta,
      List<AreaRow> areas,
      List<FindingRow> findings,
      List<DriveRecord> drives,
      List<DriveRecord> missingDrives,
      String undo,
      String redo,
      ProjectLanes lanes) {}

  private final Project project;
  private final Executor writer;
  private final Executor ui;
  private final java.util.function.Consumer<State> onState;
  private final Set<Long> touched = new HashSet<>(); // writer thread only
  private boolean published; // writer thread only
  private List<AreaRow> areas = List.of(); // writer thread only
  private final MapChangeListener listener = this::heard;

  ProjectSession(
      Project project, Executor writer, Executor ui, java.util.function.Consumer<State> onState) {
    this.project = project;
    this.writer = writer;
    this.ui = ui;
    this.onState = onState;
    project.addListener(listener);
  }

  /** On the writer thread, inside an edit, undo or redo: notes the ids it changed. */
  private void heard(MapChange change) {
    touched.addAll(change.added());
    touched.addAll(change.modified());
    touched.addAll(change.removed());
  }

  public Path file() {
    return project.file();
  }

  /**
   * Runs {@code edit} on the writer thread; completes (on the UI thread) once it is in the file.
   */
  public CompletableFuture<EditResult> execute(EditCommand edit) {
    return call(p -> p.execute(edit));
  }

  public CompletableFuture<EditResult> undo() {
    return call(p -> p.canUndo() ? p.undo() : null);
  }

  public CompletableFuture<EditResult> redo() {
    return call(p -> p.canRedo() ? p.redo() : null);
  }

  /** Runs any project call on the writer thread and then publishes the new state. */
  public <T> CompletableFuture<T> call(Function<Project, T> work) {
    CompletableFuture<T> done = new CompletableFuture<>();
    writer.execute(
        () -> {
          try {
            T result = work.apply(project);
            State s = state();
            ui.execute(
                () -> {
                  onState.accept(s);
                  done.complete(result);
                });
          } catch (RuntimeException e) {
            ui.execute(() -> done.completeExceptionally(e));
          }
        });
    return done;
  }

  /** Publishes the current state (after opening). */
  CompletableFuture<Void> refresh() {
    return call(p -> null);
  }

  /**
   * The state after a call (writer thread): the map's change since the last state, and the rest.
   */
  private State state() {
    Project p = project;
    MapDelta delta = delta();
    MapModel whole = null;
    if (delta.reset()) { // no one sees this model until the UI thread shows it
      whole = new MapModel(p.frame());
      whole.apply(delta);
    }
    List<Area> stored = p.areas();
    if (!delta.isEmpty() || stored.size() != areas.size()) {
      List<AreaRow> rows = new ArrayList<>();
      for (Area a : stored) {
        ReviewProgress r = p.reviewProgress(a.bounds());
        rows.add(new AreaRow(a.name(), a.bounds(), r.total() - r.auto(), r.total()));
      }
      areas = List.copyOf(rows);
    }
    List<FindingRow> findings = new ArrayList<>();
    for (Finding f : p.findings()) {
      findings.add(
          new FindingRow(
              f.severity().key(),
              f.validator() + ": " + f.message(),
              f.primitiveId(),
              f.location()));
    }
    List<DriveRecord> drives = p.drives();
    List<DriveRecord> missing = drives.stream().filter(d -> !Files.exists(d.path())).toList();
    return new State(
        whole,
        delta,
        areas,
        findings,
        drives,
        missing,
        p.undoDescription().orElse(""),
        p.redoDescription().orElse(""),
        p.lanes());
  }

  /** The whole map the first time, then the primitives touched since the last state. */
  private MapDelta delta() {
    if (!published) {
      published = true;
      touched.clear();
      return new MapDelta(true, List.copyOf(project.map().primitives()), Set.of());
    }
    if (touched.isEmpty()) {
      return MapDelta.NONE;
    }
    List<Primitive> upserted = new ArrayList<>();
    Set<Long> removed = new HashSet<>();
    for (long id : touched) {
      project.map().get(id).ifPresentOrElse(upserted::add, () -> removed.add(id));
    }
    touched.clear();
    return new MapDelta(false, upserted, removed);
  }

  @Override
  public void close() {
    writer.execute(
        () -> {
          project.removeListener(listener);
          project.close();
        });
  }
}
