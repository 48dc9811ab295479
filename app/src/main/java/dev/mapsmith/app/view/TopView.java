package dev.mapsmith.app.view;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.app.viewmodel.MapModel;
import dev.mapsmith.app.viewmodel.Tool;
import dev.mapsmith.app.viewmodel.TruthViewModel;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import java.util.function.BiConsumer;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The top view: a 2D plan of the drives' trajectories, the vehicle at the timeline's time, the
 * project's primitives coloured by class, and the selection. Drag to pan, scroll to zoom, click a
 * primitive to select it. Drawn on demand, only when something it shows changes, and only what lies
 * in the window (the map's grid index finds it).
 */
public final class TopView extends Pane implements PlanCoordinates {

  private final MainViewModel vm;
  private final Canvas canvas = new Canvas();
  private double scale = 1; // pixels per metre
  private double cx, cy; // world point at the centre
  private boolean fitted;
  private double dragX, dragY;
  private int dragVertex = -1; // vertex of the selection being moved, -1 when panning
  private double dragWx, dragWy, areaX0, areaY0; // a moved vertex; an area's first corner
  private boolean areaDrag; // drawing a reconstruction rectangle with the Area tool
  private boolean redrawPending;

  TopView(MainViewModel vm) {
    this.vm = vm;
    getStyleClass().add("top-view");
    setId("top-view");
    setMinSize(0, 0);
    getChildren().add(canvas);
    canvas.widthProperty().bind(widthProperty());
    canvas.heightProperty().bind(heightProperty());
    Observable[] triggers = {
      canvas.widthProperty(),
      canvas.heightProperty(),
      vm.drives(),
      vm.activeDriveProperty(),
      vm.mapProperty(),
      vm.mapVersionProperty(),
      vm.timeline().frameProperty(),
      vm.inspector().selectedProperty(),
      vm.areaSelectionProperty(),
      vm.truth().summaryProperty(),
      vm.editTools().draft()
    };
    for (Observable o : triggers) {
      o.addListener(x -> requestRedraw());
    }
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
            vm.editing()
                .moveVertexToGround(sel.id(), dragVertex, worldX(e.getX()), worldY(e.getY()));
          }
          dragVertex = -1;
          redraw();
        });
    setOnMouseDragged(
        e -> {
          if (areaDrag) {
            vm.areaSelectionProperty().set(rectangle(e.getX(), e.getY()));
            return;
          }
          if (dragVertex >= 0) {
            dragWx = worldX(e.getX());
            dragWy = worldY(e.getY());
            redraw();
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
    vm.editTools().selection().ids().addListener((Observable o) -> redraw());
    LaneletLayer.follow(vm.lanelets(), this::redraw);
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

  private double screenX(double wx) {
    return getWidth() / 2 + (wx - cx) * scale;
  }

  private double screenY(double wy) {
    return getHeight() / 2 - (wy - cy) * scale;
  }

  private double worldX(double sx) {
    return cx + (sx - getWidth() / 2) / scale;
  }

  private double worldY(double sy) {
    return cy - (sy - getHeight() / 2) / scale;
  }

  /** Redraws once, after the current event: an edit that changes several things draws once. */
  private void requestRedraw() {
    if (!redrawPending) {
      redrawPending = true;
      javafx.application.Platform.runLater(this::redraw);
    }
  }

  void redraw() {
    redrawPending = false;
    if (!fitted) {
      fit();
    }
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth(), h = canvas.getHeight();
    g.setFill(Color.web("#16181c"));
    g.fillRect(0, 0, w, h);
    drawGrid(g, w, h);
    for (LoadedDrive d : vm.drives()) {
      boolean active = d == vm.activeDriveProperty().get();
      PlanExtent.drawTrajectory(g, d.trajectoryXy(), active, this::screenX, this::screenY);
    }
    MapModel map = vm.mapProperty().get();
    if (map != null) { // only what is in the window, found through the map's grid
      map.visitWithin(
          new Bounds2(worldX(0), worldY(h), worldX(w), worldY(0)),
          p -> drawPrimitive(g, p, vm.editTools().selection().ids().contains(p.id())));
    }
    LaneletLayer.draw(g, vm.lanelets(), this::screenX, this::screenY);
    Primitive sel = vm.inspector().selectedProperty().get();
    if (sel != null) {
      Primitive shown = sel;
      if (dragVertex >= 0 && dragVertex < sel.geometry().size()) {
        shown =
            sel.withGeometry(
                sel.geometry()
                    .withVertex(
                        dragVertex, new Point3(dragWx, dragWy, sel.geometry().z(dragVertex))));
      }
      drawPrimitive(g, shown, true);
    }
    drawVehicle(g);
    drawDraft(g);
    Bounds2 area = vm.areaSelectionProperty().get();
    if (area != null) {
      g.setStroke(Color.web("#ffd54f"));
      g.setLineDashes(6, 4);
      g.strokeRect(
          screenX(area.minX()), screenY(area.maxY()), area.width() * scale, area.height() * scale);
      g.setLineDashes(null);
    }
    g.setFill(Color.web("#8a93a0"));
    g.setFont(Font.font(11));
    if (vm.drives().isEmpty()) {
      g.fillText("Top view: open a drive (File > Open, Ctrl+O) or drop one here", 16, 24);
    } else {
      g.fillText(String.format("Top view   %.2f px/m", scale), 10, h - 10);
    }
  }

  private void drawDraft(GraphicsContext g) {
    var pts = vm.editTools().draft();
    g.setStroke(Color.web("#ffd54f"));
    g.setFill(Color.web("#ffd54f"));
    for (int i = 0; i < pts.size(); i++) {
      double x = screenX(pts.get(i).x()), y = screenY(pts.get(i).y());
      g.fillOval(x - 3, y - 3, 6, 6);
      if (i > 0) {
        g.strokeLine(screenX(pts.get(i - 1).x()), screenY(pts.get(i - 1).y()), x, y);
      }
    }
  }

  private void drawGrid(GraphicsContext g, double w, double h) {
    double step = 10;
    while (step * scale < 40) {
      step *= 5;
    }
    g.setStroke(Color.web("#23262c"));
    g.setLineWidth(1);
    for (double x = Math.floor(worldX(0) / step) * step; x < worldX(w); x += step) {
      g.strokeLine(screenX(x), 0, screenX(x), h);
    }
    for (double y = Math.floor(worldY(h) / step) * step; y < worldY(0); y += step) {
      g.strokeLine(0, screenY(y), w, screenY(y));
    }
  }

  private void drawPrimitive(GraphicsContext g, Primitive p, boolean selected) {
    Polyline geo = p.geometry();
    TruthViewModel.Band band = vm.truth().bandOf(p.id());
    g.setStroke(
        selected
            ? Color.web("#ffd54f")
            : band != null ? MapColors.band(band) : MapColors.of(p.mapClass()));
    g.setLineWidth(selected ? 3 : 1.5);
    g.beginPath();
    for (int i = 0; i < geo.size(); i++) {
      if (i == 0) {
        g.moveTo(screenX(geo.x(i)), screenY(geo.y(i)));
      } else {
        g.lineTo(screenX(geo.x(i)), screenY(geo.y(i)));
      }
    }
    if (p.closed()) {
      g.closePath();
    }
    g.stroke();
    if (selected) {
      g.setFill(Color.web("#ffd54f"));
      for (int i = 0; i < geo.size(); i++) {
        g.fillRect(screenX(geo.x(i)) - 3, screenY(geo.y(i)) - 3, 6, 6);
      }
    }
  }

  private void drawVehicle(GraphicsContext g) {
    LoadedDrive d = vm.activeDriveProperty().get();
    if (d == null || d.log().trajectory().isEmpty()) {
      return;
    }
    RigidTransform pose = d.log().trajectory().at(vm.timeline().timeNs());
    PlanExtent.drawVehicle(g, screenX(pose.tx()), screenY(pose.ty()), pose.yaw());
  }
}
