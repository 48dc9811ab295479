package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.EditResult;
import dev.mapsmith.labeling.edit.EditCommand;
import dev.mapsmith.labeling.edit.MoveVertex;
import dev.mapsmith.labeling.edit.SetAttributes;
import dev.mapsmith.labeling.edit.SetReviewState;
import java.util.concurrent.CompletableFuture;

/**
 * Workflows 4 and 5, editing and review: every edit of the open project (undo, redo, review states,
 * notes, vertex moves, attributes) goes through here to the project's writer thread; a failure is
 * logged with the edit's description.
 */
public final class EditingViewModel {

  private final Workbench w;
  private final InspectorViewModel inspector;

  EditingViewModel(Workbench w, InspectorViewModel inspector) {
    this.w = w;
    this.inspector = inspector;
  }

  /** Runs an edit on the open project; the future fails with the reason when it cannot apply. */
  public CompletableFuture<EditResult> edit(EditCommand command) {
    ProjectSession session = w.session();
    if (session == null) {
      return CompletableFuture.failedFuture(new IllegalStateException(w.reasonFor(Need.PROJECT)));
    }
    return logged(session.execute(command), command.description());
  }

  private CompletableFuture<EditResult> logged(CompletableFuture<EditResult> f, String what) {
    return f.whenComplete(
        (r, e) -> {
          if (e != null) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            w.log().refuse(what + " failed: " + cause.getMessage());
          } else if (r != null) {
            w.log().tell("done: " + r.description());
          } else {
            w.log().tell("nothing to " + what);
          }
        });
  }

  public CompletableFuture<EditResult> undo() {
    ProjectSession session = w.session();
    return session == null
        ? CompletableFuture.completedFuture(null)
        : logged(session.undo(), "undo");
  }

  public CompletableFuture<EditResult> redo() {
    ProjectSession session = w.session();
    return session == null
        ? CompletableFuture.completedFuture(null)
        : logged(session.redo(), "redo");
  }

  /** Sets the selected primitive's review state (A accepts: verified; R rejects). */
  public CompletableFuture<EditResult> review(ReviewState state) {
    Primitive p = inspector.selectedProperty().get();
    if (p == null) {
      w.log().refuse("select a primitive to review first (click it, or N for the next one)");
      return CompletableFuture.completedFuture(null);
    }
    return edit(new SetReviewState(p.id(), state));
  }

  /** Selects the next primitive still in review state auto (N); returns whether there was one. */
  public boolean nextUnreviewed() {
    MapModel lane = w.map();
    if (lane == null) {
      return false;
    }
    Primitive sel = inspector.selectedProperty().get();
    long id = lane.nextUnreviewed(sel == null ? 0 : sel.id());
    inspector.selectedProperty().set(id == 0 ? null : lane.get(id).orElse(null));
    if (id == 0) {
      w.log().tell("every primitive has been reviewed");
    }
    return id != 0;
  }

  /**
   * Flags the selected primitive with a review note (F): its {@code note} attribute, an undoable
   * edit that the inspector shows (decision 0231).
   */
  public CompletableFuture<EditResult> flag(String text) {
    Primitive p = inspector.selectedProperty().get();
    if (p == null) {
      w.log().refuse("Flag: select a primitive first");
      return CompletableFuture.completedFuture(null);
    }
    return edit(new SetAttributes(p.id(), p.attributes().with(AttributeRules.NOTE, text.strip())));
  }

  /** Moves a vertex to (x, y), its height snapped to the ground (kept where there is no lidar). */
  public CompletableFuture<EditResult> moveVertexToGround(long id, int index, double x, double y) {
    Primitive p = w.map() == null ? null : w.map().get(id).orElse(null);
    if (p == null || index < 0 || index >= p.geometry().size()) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("no vertex " + index + " on primitive #" + id));
    }
    return moveVertex(id, index, new Point3(x, y, w.groundZ(x, y, p.geometry().z(index))));
  }

  /** Moves vertex {@code index} of primitive {@code id} (the Move tool's drop). */
  public CompletableFuture<EditResult> moveVertex(long id, int index, Point3 to) {
    return edit(new MoveVertex(id, index, to));
  }

  /**
   * Sets attribute {@code row.key()} of {@code p} (empty clears it) as an undoable edit; a value
   * the attribute does not take is refused with the reason.
   */
  void editAttribute(Primitive p, AttributeRow row) {
    String value = row.value() == null || row.value().isBlank() ? null : row.value().trim();
    String problem = AttributeRules.problem(row.key(), value);
    if (problem != null) {
      w.log().refuse("cannot set " + row.key() + " of #" + p.id() + ": " + problem);
      inspector.selectedProperty().set(null); // shows the rows as they are again
      inspector.selectedProperty().set(p);
      return;
    }
    if (java.util.Objects.equals(p.attributes().get(row.key()).orElse(null), value)) {
      return;
    }
    edit(new SetAttributes(p.id(), p.attributes().with(row.key(), value)));
  }
}
