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
import dev.mapsmith.labeling.edit.DeletePrimitive;
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

  EditTools(MainViewModel vm) {
    this.vm = vm;
  }

  /**
   * Handles a click with {@code tool} at (x, y); returns the edit, or null when nothing applies.
   */
  public CompletableFuture<EditResult> click(Tool tool, double x, double y, double tolerance) {
    Primitive sel = vm.inspector().selectedProperty().get();
    return switch (tool) {
      case INSERT_VERTEX -> insert(sel, x, y, tolerance);
      case DELETE_VERTEX -> {
        int v = nearestVertex(sel, x, y, tolerance);
        yield v < 0 ? null : vm.editing().edit(new DeleteVertex(sel.id(), v));
      }
      case SPLIT -> {
        int v = nearestVertex(sel, x, y, tolerance);
        yield v <= 0 || v >= sel.geometry().size() - 1
            ? null
            : vm.editing().edit(new SplitPrimitive(sel.id(), v));
      }
      case MERGE -> {
        Primitive other = nearestPrimitive(x, y, tolerance, sel);
        yield sel == null || other == null
            ? null
            : vm.editing().edit(new JoinPrimitives(sel.id(), other.id()));
      }
      case DRAW_POLYLINE, DRAW_POLYGON -> {
        draft.add(new Point3(x, y, vm.groundZ(x, y, 0)));
        yield null;
      }
      default -> null;
    };
  }

  private CompletableFuture<EditResult> insert(Primitive sel, double x, double y, double tol) {
    if (sel == null) {
      return null;
    }
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
      return null;
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
      return null;
    }
    MapClass cls = tool == Tool.DRAW_POLYGON && !c.closed() ? MapClass.PED_CROSSING : c;
    List<Point3> points = new ArrayList<>(draft);
    draft.clear();
    return vm.editing().edit(new DrawPrimitive(cls, Polyline.of(points), Attributes.of()));
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

  /** Deletes the selected primitive (Delete); null when none is selected. */
  public CompletableFuture<EditResult> deleteSelected() {
    Primitive sel = vm.inspector().selectedProperty().get();
    if (sel == null) {
      return null;
    }
    vm.inspector().selectedProperty().set(null);
    return vm.editing().edit(new DeletePrimitive(sel.id()));
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
      Polyline g = p.geometry();
      for (int i = 0; i + 1 < g.size(); i++) {
        double d = Polylines.segmentDistance(x, y, g.x(i), g.y(i), g.x(i + 1), g.y(i + 1));
        if (d < bestD) {
          bestD = d;
          best = p;
        }
      }
    }
    return best;
  }
}
