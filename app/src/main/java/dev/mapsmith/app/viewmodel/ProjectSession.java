package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.AreaRow;
import dev.mapsmith.app.model.FindingRow;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.Area;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.EditResult;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.ReviewProgress;
import dev.mapsmith.labeling.edit.EditCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * An open project as the UI sees it. Every call into the project (edits, undo, redo, reads) runs on
 * one writer thread, in order, so the UI thread never waits for the file; after each change a new
 * immutable {@link State} is handed to the UI thread. Each edit is in the file when its future
 * completes.
 */
public final class ProjectSession implements AutoCloseable {

  /** What the UI shows of the project after a change. */
  public record State(
      LaneMap map,
      List<AreaRow> areas,
      List<FindingRow> findings,
      List<DriveRecord> drives,
      List<DriveRecord> missingDrives,
      String undo,
      String redo) {}

  private final Project project;
  private final Executor writer;
  private final Executor ui;
  private final java.util.function.Consumer<State> onState;

  ProjectSession(
      Project project, Executor writer, Executor ui, java.util.function.Consumer<State> onState) {
    this.project = project;
    this.writer = writer;
    this.ui = ui;
    this.onState = onState;
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
            State s = state(project);
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

  static State state(Project p) {
    LaneMap map = p.snapshot();
    List<AreaRow> areas = new ArrayList<>();
    for (Area a : p.areas()) {
      ReviewProgress r = p.reviewProgress(a.bounds());
      areas.add(new AreaRow(a.name(), a.bounds(), r.total() - r.auto(), r.total()));
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
        map,
        areas,
        findings,
        drives,
        missing,
        p.undoDescription().orElse(""),
        p.redoDescription().orElse(""));
  }

  /**
   * The next primitive after {@code afterId} (by id, wrapping) still in review state AUTO, or 0.
   */
  static long nextUnreviewed(LaneMap map, long afterId) {
    long first = 0, next = 0;
    for (var p : map.primitives()) {
      if (p.review() != ReviewState.AUTO) {
        continue;
      }
      if (first == 0 || p.id() < first) {
        first = p.id();
      }
      if (p.id() > afterId && (next == 0 || p.id() < next)) {
        next = p.id();
      }
    }
    return next != 0 ? next : first;
  }

  @Override
  public void close() {
    writer.execute(project::close);
  }
}
