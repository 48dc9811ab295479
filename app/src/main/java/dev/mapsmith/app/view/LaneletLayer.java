package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.LaneletViewModel;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.ProjectLanes;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The lanelets in the top view: each centerline dashed, with an arrowhead in its driving direction;
 * the selected one bold. A click that picks no primitive picks a lanelet.
 */
final class LaneletLayer {

  private LaneletLayer() {}

  static void draw(
      GraphicsContext g, LaneletViewModel vm, DoubleUnaryOperator sx, DoubleUnaryOperator sy) {
    ProjectLanes lanes = vm.lanesProperty().get();
    if (lanes == null) {
      return;
    }
    long sel = vm.selectedProperty().get();
    g.setLineDashes(5, 5);
    for (var l : lanes.graph().lanelets()) {
      boolean on = l.id() == sel;
      g.setStroke(on ? Color.web("#ffd54f") : Color.web("#4dd0e1"));
      g.setLineWidth(on ? 3 : 1);
      Polyline c = lanes.centerline(l.id());
      g.beginPath();
      g.moveTo(sx.applyAsDouble(c.x(0)), sy.applyAsDouble(c.y(0)));
      for (int i = 1; i < c.size(); i++) {
        g.lineTo(sx.applyAsDouble(c.x(i)), sy.applyAsDouble(c.y(i)));
      }
      g.stroke();
      arrow(g, c, sx, sy);
    }
    g.setLineDashes(null);
  }

  private static void arrow(
      GraphicsContext g, Polyline c, DoubleUnaryOperator sx, DoubleUnaryOperator sy) {
    int n = c.size() - 1;
    double x1 = sx.applyAsDouble(c.x(n)), y1 = sy.applyAsDouble(c.y(n));
    double x0 = sx.applyAsDouble(c.x(n - 1)), y0 = sy.applyAsDouble(c.y(n - 1));
    double a = Math.atan2(y1 - y0, x1 - x0);
    g.setLineDashes(null);
    g.strokeLine(x1, y1, x1 - 8 * Math.cos(a - 0.5), y1 - 8 * Math.sin(a - 0.5));
    g.strokeLine(x1, y1, x1 - 8 * Math.cos(a + 0.5), y1 - 8 * Math.sin(a + 0.5));
    g.setLineDashes(5, 5);
  }

  /** Calls {@code redraw} when the lanes or the selected lanelet change. */
  static void follow(LaneletViewModel vm, Runnable redraw) {
    vm.selectedProperty().addListener((o, a, b) -> redraw.run());
    vm.lanesProperty().addListener((o, a, b) -> redraw.run());
  }

  /**
   * A plain click in the top view: selects the primitive under it ({@code hit}; with Shift adds or
   * removes it), and when there is none, the lanelet whose centerline passes nearest.
   */
  static void clicked(MainViewModel vm, Primitive hit, boolean shift, double wx, double wy) {
    if (shift) {
      vm.editTools().selection().toggle(hit);
    } else {
      vm.editTools().selection().select(hit);
    }
    if (hit != null) {
      vm.lanelets().selectedProperty().set(0);
    } else {
      vm.lanelets().pick(wx, wy);
    }
  }
}
