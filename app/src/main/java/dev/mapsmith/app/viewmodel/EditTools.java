package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.EditResult;
import dev.mapsmith.labeling.edit.BulkReview;
import dev.mapsmith.labeling.edit.DeletePrimitives;
import dev.mapsmith.labeling.edit.DeleteVertex;
import dev.mapsmith.labeling.edit.DrawPrimitive;
import dev.mapsmith.labeling.edit.InsertVertex;
import dev.mapsmith.labeling.edit.JoinPrimitives;
import dev.mapsmith.labeling.edit.ReversePrimitive;
import dev.mapsmith.labeling.edit.SetClass;
import dev.mapsmith.labeling.edit.SplitPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the editing tools do with a click in the plan (world x, y; {@code tolerance} in metres is
 * the pick radius): insert, delete, split at a vertex, merge with another primitive, draw a new
 * polyline or polygon point by point; on the selection, reverse, change class and delete; on the
 * drawn area, accept or reject all automatic primitives. Every edit goes to the project through
 * {@link MainViewModel#edit}; new heights snap to the lidar ground.
 */
public final class EditTools {

  private final MainViewModel vm;
  private final ObservableList<Point3> draft = FXCollections.observableArrayList();
  private final Selection selection;
  private final MergeCheck.Rules mergeRules = MergeCheck.Rules.DEFAULT;
  private Prompts prompts = Prompts.REFUSING;

  EditTools(MainViewModel vm) {
    this.vm = vm;
    this.selection = new Selection(vm.inspector().selectedProperty());
  }

  /** Who answers the questions an edit asks first (the View sets its dialogs). */
  public void setPrompts(Prompts prompts) {
    this.prompts = prompts;
  }

  /** The selected primitives (one, or more with Shift+click). */
  public Selection selection() {
    return selection;
  }

  /**
   * Handles a click with {@code tool} at (x, y): the tool acts on the primitive under the cursor
   * (the selected one first), which becomes the selection; where nothing applies the log and the
   * status bar say why. Returns the edit, or null when there is none (yet).
   */
  public CompletableFuture<EditResult> click(Tool tool, double x, double y, double tolerance) {
    return switch (tool) {
      case INSERT_VERTEX, DELETE_VERTEX, SPLIT, REVERSE, CHANGE_TYPE -> {
        Primitive target = target(x, y, tolerance, tool);
        yield target == null ? null : onTarget(tool, target, x, y, tolerance);
      }
      case MERGE -> merge(x, y, tolerance);
      case DRAW_POLYLINE, DRAW_POLYGON -> {
        draft.add(new Point3(x, y, vm.groundZ(x, y, 0)));
        yield null;
      }
      default -> null;
    };
  }

  /** The primitive under (x, y), the selected one first; null (said why) when there is none. */
  private Primitive target(double x, double y, double tolerance, Tool tool) {
    Primitive sel = vm.inspector().selectedProperty().get();
    Primitive hit =
        sel != null && distance(sel, x, y) < tolerance
            ? sel
            : nearestPrimitive(x, y, tolerance, null);
    if (hit == null) {
      vm.log().refuse(tool.label() + ": there is no primitive here; click on one");
      return null;
    }
    if (sel == null || sel.id() != hit.id()) {
      vm.inspector().selectedProperty().set(hit);
    }
    return hit;
  }

  private CompletableFuture<EditResult> onTarget(
      Tool tool, Primitive p, double x, double y, double tolerance) {
    return switch (tool) {
      case INSERT_VERTEX -> insert(p, x, y, tolerance);
      case DELETE_VERTEX -> {
        int v = nearestVertex(p, x, y, tolerance);
        yield v < 0
            ? refused("Delete vertex: click on a vertex of #" + p.id() + " (the squares)")
            : vm.editing().edit(new DeleteVertex(p.id(), v));
      }
      case SPLIT -> {
        int v = nearestVertex(p, x, y, tolerance);
        yield v <= 0 || v >= p.geometry().size() - 1
            ? refused(
                "Split: click on an inner vertex of #"
                    + p.id()
                    + (v < 0 ? " (the squares)" : ", not an end"))
            : vm.editing().edit(new SplitPrimitive(p.id(), v));
      }
      case REVERSE -> vm.editing().edit(new ReversePrimitive(p.id()));
      case CHANGE_TYPE -> {
        changeClass(p);
        yield null;
      }
      default -> null;
    };
  }

  private CompletableFuture<EditResult> refused(String reason) {
    vm.log().refuse(reason);
    return null;
  }

  /**
   * Merge (J): the first click picks the line to keep (when none is selected), the second the line
   * to join onto it; {@link MergeCheck} refuses or asks first.
   */
  private CompletableFuture<EditResult> merge(double x, double y, double tolerance) {
    Primitive sel = vm.inspector().selectedProperty().get();
    Primitive other = nearestPrimitive(x, y, tolerance, sel);
    if (other == null) {
      return refused(
          "Merge: there is no "
              + (sel == null ? "" : "other ")
              + "line here; click on "
              + (sel == null ? "the first line" : "the line to join onto #" + sel.id()));
    }
    if (sel == null) {
      vm.inspector().selectedProperty().set(other);
      vm.log().tell("Merge: now click the line to join onto #" + other.id());
      return null;
    }
    MergeCheck.Verdict v = MergeCheck.check(sel, other, mergeRules);
    JoinPrimitives join = new JoinPrimitives(sel.id(), other.id());
    return switch (v.outcome()) {
      case REFUSE -> refused(v.reason());
      case CONFIRM -> {
        prompts.confirm(v.reason(), "Merge", () -> vm.editing().edit(join));
        yield null;
      }
      case MERGE -> vm.editing().edit(join);
    };
  }

  /**
   * Asks for a new class of {@code p} (T); a class that opens a polygon or closes a line asks again
   * before it changes the geometry's type.
   */
  public void changeClass(Primitive p) {
    prompts.chooseClass(
        p,
        c -> {
          if (c == p.mapClass()) {
            return;
          }
          if (c.closed() == p.closed()) {
            setClass(p, c);
          } else {
            prompts.confirm(
                "#"
                    + p.id()
                    + " is a "
                    + (p.closed() ? "polygon" : "line")
                    + "; a "
                    + c.key()
                    + " is a "
                    + (c.closed()
                        ? "closed polygon, so the line will be closed"
                        : "line, so the polygon will be opened")
                    + ". Change the class?",
                "Change class",
                () -> setClass(p, c));
          }
        });
  }

  private CompletableFuture<EditResult> setClass(Primitive p, MapClass c) {
    return vm.editing().edit(new SetClass(p.id(), c));
  }

  private CompletableFuture<EditResult> insert(Primitive sel, double x, double y, double tol) {
    Polyline g = sel.geometry();
    int best = -1;
    double bestD = tol;
    int segments = g.size() - 1 + (sel.closed() ? 1 : 0);
    for (int i = 0; i < segments; i++) {
      int j = (i + 1) % g.size();
      double d = Polylines.segmentDistance(x, y, g.x(i), g.y(i), g.x(j), g.y(j));
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best < 0) {
      return refused("Insert vertex: click on a segment of #" + sel.id());
    }
    double z = vm.groundZ(x, y, (g.z(best) + g.z((best + 1) % g.size())) / 2);
    return vm.editing().edit(new InsertVertex(sel.id(), best + 1, new Point3(x, y, z)));
  }

  /**
   * Finishes the drawing (Enter): a polyline of class {@code c}, or a polygon for the polygon tool.
   */
  public CompletableFuture<EditResult> finishDrawing(Tool tool, MapClass c) {
    int need = tool == Tool.DRAW_POLYGON ? 3 : 2;
    if (draft.size() < need) {
      return refused(
          (tool == Tool.DRAW_POLYGON ? "a polygon" : "a polyline")
              + " needs at least "
              + need
              + " points; click to add them, Enter finishes");
    }
    MapClass cls = tool == Tool.DRAW_POLYGON && !c.closed() ? MapClass.PED_CROSSING : c;
    List<Point3> points = new ArrayList<>(draft);
    draft.clear();
    CompletableFuture<EditResult> f =
        vm.editing().edit(new DrawPrimitive(cls, Polyline.of(points), Attributes.of()));
    f.thenAccept(
        r -> {
          if (r != null && !r.created().isEmpty() && vm.mapProperty().get() != null) {
            vm.mapProperty().get().get(r.created().get(0)).ifPresent(selection::select);
          }
        });
    return f;
  }

  /** The points of the drawing in progress (Escape clears them). */
  public ObservableList<Point3> draft() {
    return draft;
  }

  /** Reverses the selected primitive's direction (E). */
  public CompletableFuture<EditResult> reverseSelected() {
    Primitive sel = vm.inspector().selectedProperty().get();
    return sel == null ? null : vm.editing().edit(new ReversePrimitive(sel.id()));
  }

  /** Asks for the selected primitive's new class (T); says why not when none is selected. */
  public void changeClassOfSelected() {
    Primitive sel = vm.inspector().selectedProperty().get();
    if (sel == null) {
      vm.log().refuse("Change class: select a primitive first, or click one with T");
    } else {
      changeClass(sel);
    }
  }

  /**
   * Deletes the selected primitives (Delete, Backspace, Edit menu, context menu) as one undo step;
   * null (said why) when none is selected.
   */
  public CompletableFuture<EditResult> deleteSelected() {
    List<Primitive> chosen = selection.in(vm.mapProperty().get());
    if (chosen.isEmpty()) {
      return refused("Delete: select a primitive first (click it; Shift+click adds more)");
    }
    selection.clear();
    return vm.editing().edit(new DeletePrimitives(chosen.stream().map(Primitive::id).toList()));
  }

  /**
   * Sets every still-automatic primitive touching the drawn area to {@code state} (accept:
   * VERIFIED, reject: REJECTED) as one undo step; null when no area is drawn.
   */
  public CompletableFuture<EditResult> reviewAllInArea(ReviewState state) {
    Bounds2 area = vm.areaSelectionProperty().get();
    return area == null ? null : vm.editing().edit(new BulkReview(area, state));
  }

  /** Changes the selected primitive's class (T). */
  public CompletableFuture<EditResult> setClassOfSelected(MapClass c) {
    Primitive sel = vm.inspector().selectedProperty().get();
    return sel == null ? null : vm.editing().edit(new SetClass(sel.id(), c));
  }

  static int nearestVertex(Primitive p, double x, double y, double tolerance) {
    if (p == null) {
      return -1;
    }
    int best = -1;
    double bestD = tolerance;
    for (int i = 0; i < p.geometry().size(); i++) {
      double d = Math.hypot(p.geometry().x(i) - x, p.geometry().y(i) - y);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  /**
   * The plan distance from (x, y) to {@code p}'s nearest segment (closing one included); 0 inside a
   * polygon.
   */
  public static double distance(Primitive p, double x, double y) {
    Polyline g = p.geometry();
    if (p.closed() && inside(g, x, y)) {
      return 0;
    }
    if (g.size() == 1) {
      return Math.hypot(g.x(0) - x, g.y(0) - y);
    }
    double best = Double.POSITIVE_INFINITY;
    int segments = g.size() - 1 + (p.closed() ? 1 : 0);
    for (int i = 0; i < segments; i++) {
      int j = (i + 1) % g.size();
      best = Math.min(best, Polylines.segmentDistance(x, y, g.x(i), g.y(i), g.x(j), g.y(j)));
    }
    return best;
  }

  /** Whether (x, y) lies inside the ring {@code g} (even-odd rule). */
  static boolean inside(Polyline g, double x, double y) {
    boolean in = false;
    for (int i = 0, j = g.size() - 1; i < g.size(); j = i++) {
      if ((g.y(i) > y) != (g.y(j) > y)
          && x < (g.x(j) - g.x(i)) * (y - g.y(i)) / (g.y(j) - g.y(i)) + g.x(i)) {
        in = !in;
      }
    }
    return in;
  }

  private Primitive nearestPrimitive(double x, double y, double tolerance, Primitive except) {
    MapView map = vm.mapProperty().get();
    if (map == null) {
      return null;
    }
    Primitive best = null;
    double bestD = tolerance;
    for (Primitive p : map.within(new Bounds2(x, y, x, y).expand(tolerance))) {
      if (except != null && p.id() == except.id()) {
        continue;
      }
      double d = distance(p, x, y);
      if (d < bestD) {
        bestD = d;
        best = p;
      }
    }
    return best;
  }
}
