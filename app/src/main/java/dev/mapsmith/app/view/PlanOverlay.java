package dev.mapsmith.app.view;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.app.viewmodel.MapModel;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.Primitive;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The top view's upper canvas, transparent, above the {@link MapLayer}: the selected primitives
 * (bold, with vertex handles), the vehicle at the timeline's time, the draft being drawn, the area
 * being drawn and the scale. Cleared and painted whole each time; what it holds is small, so
 * selecting, dragging a vertex or playing the timeline costs no repaint of the map.
 */
final class PlanOverlay {

  private static final Color TEXT = Color.web("#8a93a0");

  private final MainViewModel vm;
  private final TopView view;
  private final Canvas canvas = new Canvas();

  PlanOverlay(MainViewModel vm, TopView view) {
    this.vm = vm;
    this.view = view;
    canvas.setMouseTransparent(true);
  }

  Canvas canvas() {
    return canvas;
  }

  /** Paints the layer; {@code selected} is the inspector's primitive as shown (null: none). */
  void paint(Primitive selected) {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth(), h = canvas.getHeight();
    g.clearRect(0, 0, w, h);
    MapModel map = vm.mapProperty().get();
    if (map != null) {
      for (long id : vm.editTools().selection().ids()) {
        if (selected == null || id != selected.id()) {
          map.get(id).ifPresent(p -> MapLayer.strokeSelected(g, p, view::screenX, view::screenY));
        }
      }
    }
    if (selected != null) {
      MapLayer.strokeSelected(g, selected, view::screenX, view::screenY);
    }
    drawVehicle(g);
    drawDraft(g);
    Bounds2 area = vm.areaSelectionProperty().get();
    if (area != null) {
      g.setStroke(MapLayer.SELECTED);
      g.setLineWidth(1);
      g.setLineDashes(6, 4);
      g.strokeRect(
          view.screenX(area.minX()),
          view.screenY(area.maxY()),
          area.width() * view.scale(),
          area.height() * view.scale());
      g.setLineDashes(null);
    }
    g.setFill(TEXT);
    g.setFont(Font.font(11));
    if (vm.drives().isEmpty()) {
      g.fillText("Top view: open a drive (File > Open, Ctrl+O) or drop one here", 16, 24);
    } else {
      g.fillText(String.format("Top view   %.2f px/m", view.scale()), 10, h - 10);
    }
  }

  private void drawDraft(GraphicsContext g) {
    var pts = vm.editTools().draft();
    g.setStroke(MapLayer.SELECTED);
    g.setFill(MapLayer.SELECTED);
    g.setLineWidth(1);
    for (int i = 0; i < pts.size(); i++) {
      double x = view.screenX(pts.get(i).x()), y = view.screenY(pts.get(i).y());
      g.fillOval(x - 3, y - 3, 6, 6);
      if (i > 0) {
        g.strokeLine(view.screenX(pts.get(i - 1).x()), view.screenY(pts.get(i - 1).y()), x, y);
      }
    }
  }

  private void drawVehicle(GraphicsContext g) {
    LoadedDrive d = vm.activeDriveProperty().get();
    if (d == null || d.log().trajectory().isEmpty()) {
      return;
    }
    RigidTransform pose = d.log().trajectory().at(vm.timeline().timeNs());
    PlanExtent.drawVehicle(g, view.screenX(pose.tx()), view.screenY(pose.ty()), pose.yaw());
  }
}
