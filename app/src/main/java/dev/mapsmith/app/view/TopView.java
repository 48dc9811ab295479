package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.app.viewmodel.MapModel;
import dev.mapsmith.app.viewmodel.Tool;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import java.util.function.BiConsumer;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

/**
 * The top view: a 2D plan of the drives' trajectories, the vehicle at the timeline's time, the
 * project's primitives coloured by class, and the selection. Drag to pan, scroll to zoom, click a
 * primitive to select it. Two canvases: the {@link MapLayer} (the map and what lies under it) keeps
 * its pixels, is painted whole when the view changes and only where an edit's primitives were and
 * are when the map is edited; the {@link PlanOverlay} above it (selection, vehicle, drafts) is
 * cheap and painted whole. Painting waits until the current event is done, so an edit that changes
 * several things paints once.
 */
public final class TopView extends Pane implements PlanCoordinates {

  private final MainViewModel vm;
  private final MapLayer mapLayer; // background, grid, trajectories, primitives, lanelets
  private final PlanOverlay overlay; // selection, vehicle, draft, area, scale
  private double scale = 1; // pixels per metre
  private double cx, cy; // world point at the centre
  private boolean fitted;
  private double dragX, dragY;
  private int dragVertex = -1; // vertex of the selection being moved, -1 when panning
  private double dragWx, dragWy, areaX0, areaY0; // a moved vertex; an area's first corner
  private boolean areaDrag; // drawing a reconstruction rectangle with the Area tool
  private final LidarLayer lidar; // the lidar under the vectors; snaps dragged vertices
  private boolean paintPending; // a paint is queued after the current event
  private boolean wholePending; // it repaints the lower layer whole
  private Bounds2 dirty; // else the world rectangle the lower layer repaints; null: none

  /** Pixels around an edit's bounds repainted too: half the widest line, and antialiasing. */
  private static final double EDGE_PX = 3;

  TopView(MainViewModel vm) {
    this.vm = vm;
    this.lidar = new LidarLayer(vm, this::requestRedraw);
    this.mapLayer = new MapLayer(vm, this);
    this.overlay = new PlanOverlay(vm, this);
    getStyleClass().add("top-view");
    setId("top-view");
    setMinSize(0, 0);
    getChildren().addAll(mapLayer.canvas(), overlay.canvas());
    for (Canvas c : new Canvas[] {mapLayer.canvas(), overlay.canvas()}) {
      c.widthProperty().bind(widthProperty());
      c.heightProperty().bind(heightProperty());
    }
    Observable[] triggers = { // what the lower layer shows besides the map's primitives
      widthProperty(),
      heightProperty(),
      vm.drives(),
      vm.activeDriveProperty(),
      vm.mapProperty(),
      vm.truth().summaryProperty()
    };
    for (Observable o : triggers) {
      o.addListener(x -> requestRedraw());
    }
    Observable[] upper = { // what only the upper layer shows
      vm.timeline().frameProperty(),
      vm.inspector().selectedProperty(),
      vm.areaSelectionProperty(),
      vm.editTools().draft(),
      vm.editTools().selection().ids()
    };
    for (Observable o : upper) {
      o.addListener(x -> requestOverlay());
    }
    MapModel.Listener onEdit = this::edited; // the map's edits, primitive by primitive
    vm.mapProperty()
        .addListener(
            (o, a, b) -> {
              if (a != null) {
                a.removeListener(onEdit);
              }
              if (b != null) {
                b.addListener(onEdit);
              }
            });
    vm.drives().addListener((Observable o) -> fitted = false);
    vm.focusProperty()
        .addListener(
            (o, a, p) -> {
              if (p != null) {
                fitted = true; // keep the zoom, move the centre
                cx = p.x();
                cy = p.y();
                redraw();
              }
            });
    setOnMousePressed(
        e -> {
          dragX = e.getX();
          dragY = e.getY();
          areaDrag = vm.tools().activeProperty().get() == Tool.AREA;
          areaX0 = worldX(e.getX());
          areaY0 = worldY(e.getY());
          dragVertex =
              vm.tools().activeProperty().get() == Tool.MOVE_VERTEX
                  ? vertexAt(vm.inspector().selectedProperty().get(), e.getX(), e.getY())
                  : -1;
        });
    setOnMouseReleased(
        e -> {
          if (areaDrag) {
            areaDrag = false;
            if (!e.isStillSincePress()) {
              vm.areaSelectionProperty().set(rectangle(e.getX(), e.getY()));
              vm.log().info("area drawn; Map > Reconstruct area (Ctrl+R) reconstructs it");
            }
            return;
          }
          Primitive sel = vm.inspector().selectedProperty().get();
          if (dragVertex >= 0 && sel != null && !e.isStillSincePress()) {
            // height snapped to the lidar ground (kept where the drive has no lidar there)
            double[] at = lidar.snap(dragVertex, worldX(e.getX()), worldY(e.getY()));
            vm.editing().moveVertexToGround(sel.id(), dragVertex, at[0], at[1]);
          }
          dragVertex = -1;
          paintOverlay(); // the edit, when it arrives, repaints where the primitive was and is
        });
    setOnMouseDragged(
        e -> {
          if (areaDrag) {
            vm.areaSelectionProperty().set(rectangle(e.getX(), e.getY()));
            return;
          }
          if (dragVertex >= 0) {
            double[] at = lidar.snap(dragVertex, worldX(e.getX()), worldY(e.getY()));
            dragWx = at[0];
            dragWy = at[1];
            paintOverlay();
            return;
          }
          cx -= (e.getX() - dragX) / scale;
          cy += (e.getY() - dragY) / scale;
          dragX = e.getX();
          dragY = e.getY();
          redraw();
        });
    setOnScroll(
        e -> {
          double f = Math.pow(1.18, e.getDeltaY() / 40); // 18 % a wheel notch (40 px)
          double wx = worldX(e.getX()), wy = worldY(e.getY());
          scale = Math.max(0.01, Math.min(500, scale * f));
          cx = wx - (e.getX() - getWidth() / 2) / scale;
          cy = wy + (e.getY() - getHeight() / 2) / scale;
          redraw();
        });
    setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.SECONDARY && e.isStillSincePress()) {
            onContext.accept(e, pick(e.getX(), e.getY()));
            return;
          }
          if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
          }
          Tool tool = vm.tools().activeProperty().get();
          if (CLICK_TOOLS.contains(tool)) {
            vm.editTools().click(tool, worldX(e.getX()), worldY(e.getY()), 8 / scale);
            return;
          }
          Primitive hit = pick(e.getX(), e.getY());
          LaneletLayer.clicked(vm, hit, e.isShiftDown(), worldX(e.getX()), worldY(e.getY()));
        });
    LaneletLayer.follow(vm.lanelets(), this::requestRedraw);
  }

  private BiConsumer<MouseEvent, Primitive> onContext = (e, p) -> {};

  void setOnContext(BiConsumer<MouseEvent, Primitive> h) { // a right-click, what is under it
    onContext = h;
  }

  public void fitNow() { // the Fit button, key 0
    fitted = false;
    redraw();
  }

  private static final java.util.Set<Tool> CLICK_TOOLS =
      java.util.EnumSet.of(
          Tool.INSERT_VERTEX,
          Tool.DELETE_VERTEX,
          Tool.SPLIT,
          Tool.MERGE,
          Tool.REVERSE,
          Tool.CHANGE_TYPE,
          Tool.DRAW_POLYLINE,
          Tool.DRAW_POLYGON);

  private Bounds2 rectangle(double sx, double sy) {
    double x = worldX(sx), y = worldY(sy);
    return new Bounds2(
        Math.min(areaX0, x), Math.min(areaY0, y), Math.max(areaX0, x), Math.max(areaY0, y));
  }

  private Primitive pick(double sx, double sy) {
    MapView map = vm.mapProperty().get();
    if (map == null) {
      return null;
    }
    Primitive best = null;
    double bestD = 8; // pixels
    Bounds2 near =
        new Bounds2(worldX(sx), worldY(sy), worldX(sx), worldY(sy)).expand(bestD / scale);
    Primitive around = null; // a polygon the click is inside, when no edge is near
    for (Primitive p : map.within(near)) {
      if (around == null
          && p.closed()
          && dev.mapsmith.app.viewmodel.EditTools.distance(p, worldX(sx), worldY(sy)) == 0) {
        around = p;
      }
      Polyline g = p.geometry();
      for (int i = 0; i + 1 < g.size() + (p.closed() ? 1 : 0); i++) {
        int j = (i + 1) % g.size();
        double d =
            Polylines.segmentDistance(
                sx, sy, screenX(g.x(i)), screenY(g.y(i)), screenX(g.x(j)), screenY(g.y(j)));
        if (d < bestD) {
          bestD = d;
          best = p;
        }
      }
    }
    return best != null ? best : around;
  }

  /** The vertex of {@code p} within 8 pixels of (sx, sy), or -1. */
  int vertexAt(Primitive p, double sx, double sy) {
    if (p == null) {
      return -1;
    }
    int best = -1;
    double bestD = 8;
    for (int i = 0; i < p.geometry().size(); i++) {
      double d = Math.hypot(screenX(p.geometry().x(i)) - sx, screenY(p.geometry().y(i)) - sy);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  @Override
  public javafx.geometry.Point2D worldToScreen(double wx, double wy) {
    return localToScreen(screenX(wx), screenY(wy));
  }

  @Override
  public javafx.geometry.Bounds screenBounds() {
    return localToScreen(getLayoutBounds());
  }

  private void fit() {
    Bounds2 b = PlanExtent.of(vm.drives(), vm.mapProperty().get());
    if (b.minX() > b.maxX() || getWidth() <= 0) {
      return;
    }
    cx = (b.minX() + b.maxX()) / 2;
    cy = (b.minY() + b.maxY()) / 2;
    double w = Math.max(10, b.maxX() - b.minX()), h = Math.max(10, b.maxY() - b.minY());
    scale = 0.85 * Math.min(getWidth() / w, getHeight() / h);
    fitted = true;
  }

  /** Pixels per metre. */
  double scale() {
    return scale;
  }

  double screenX(double wx) {
    return getWidth() / 2 + (wx - cx) * scale;
  }

  double screenY(double wy) {
    return getHeight() / 2 - (wy - cy) * scale;
  }

  double worldX(double sx) {
    return cx + (sx - getWidth() / 2) / scale;
  }

  double worldY(double sy) {
    return cy - (sy - getHeight() / 2) / scale;
  }

  /** Repaints both layers once, after the current event (a change of view or of what is shown). */
  private void requestRedraw() {
    wholePending = true;
    schedule();
  }

  /** Repaints the upper layer (selection, vehicle, drafts) once, after the current event. */
  private void requestOverlay() {
    schedule();
  }

  /**
   * An edit of the map: its primitives' bounds before and after are painted again, nothing else.
   */
  private void edited(MapModel.Edit e) {
    if (e.reset()) {
      requestRedraw();
      return;
    }
    for (Primitive p : e.added()) {
      dirty = union(dirty, p.geometry().bounds());
    }
    for (Primitive p : e.removed()) {
      dirty = union(dirty, p.geometry().bounds());
    }
    for (MapModel.Changed c : e.changed()) {
      dirty = union(union(dirty, c.before().geometry().bounds()), c.after().geometry().bounds());
    }
    schedule();
  }

  private static Bounds2 union(Bounds2 a, Bounds2 b) {
    return a == null ? b : a.union(b);
  }

  private void schedule() {
    if (!paintPending) {
      paintPending = true;
      javafx.application.Platform.runLater(this::paintPending);
    }
  }

  private void paintPending() {
    paintPending = false;
    if (wholePending) {
      redraw();
      return;
    }
    if (dirty != null) {
      mapLayer.paint(dirty, EDGE_PX);
      dirty = null;
    }
    paintOverlay();
  }

  LidarLayer lidar() { // drawn by the map layer, under the vectors
    return lidar;
  }

  /** Paints both layers now. */
  void redraw() {
    wholePending = false;
    dirty = null;
    if (!fitted) {
      fit();
    }
    mapLayer.paintAll();
    paintOverlay();
  }

  /** The upper layer, with the selection's dragged vertex where the pointer is. */
  private void paintOverlay() {
    Primitive sel = vm.inspector().selectedProperty().get();
    if (sel != null && dragVertex >= 0 && dragVertex < sel.geometry().size()) {
      sel =
          sel.withGeometry(
              sel.geometry()
                  .withVertex(
                      dragVertex, new Point3(dragWx, dragWy, sel.geometry().z(dragVertex))));
    }
    overlay.paint(sel);
  }

  @Override
  public Painted painted() {
    return new Painted(mapLayer.paints(), mapLayer.primitivesPainted(), mapLayer.pixelsPainted());
  }
}
