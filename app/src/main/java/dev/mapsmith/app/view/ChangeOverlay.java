package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.ChangeRow;
import dev.mapsmith.app.viewmodel.ChangesViewModel;
import dev.mapsmith.core.geom.Polyline;
import java.util.Arrays;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The selected change over the top view, without touching the top view's drawing: the prior
 * geometry dashed orange, the geometry the drive found solid cyan. It follows the top view's pan
 * and zoom by checking, once a frame, where two world points are drawn ({@link PlanCoordinates}),
 * and redraws only when that or the change moved.
 */
final class ChangeOverlay extends Canvas {

  static final Color PRIOR = Color.web("#ff9800");
  static final Color FOUND = Color.web("#18ffff");

  private final PlanCoordinates plan;
  private final ChangesViewModel vm;
  private double[] drawn = new double[0];
  private final Runnable check = this::check;

  ChangeOverlay(PlanCoordinates plan, Region over, ChangesViewModel vm) {
    this.plan = plan;
    this.vm = vm;
    setId("change-overlay");
    setMouseTransparent(true);
    setManaged(false);
    widthProperty().bind(over.widthProperty());
    heightProperty().bind(over.heightProperty());
    sceneProperty()
        .addListener(
            (o, a, b) -> {
              if (a != null) {
                a.removePostLayoutPulseListener(check);
              }
              if (b != null) {
                b.addPostLayoutPulseListener(check);
              }
            });
  }

  /** Redraws when the change shown or the top view's transform is not what was drawn. */
  private void check() {
    ChangeRow r = vm.selectedProperty().get();
    Scene s = getScene();
    if (s == null || s.getWindow() == null || !s.getWindow().isShowing()) {
      return;
    }
    double[] now = signature(r);
    if (!Arrays.equals(now, drawn)) {
      drawn = now;
      draw(r);
    }
  }

  private double[] signature(ChangeRow r) {
    if (r == null) {
      return new double[0];
    }
    Point2D a = local(0, 0), b = local(1, 1);
    return new double[] {
      r.index(), a.getX(), a.getY(), b.getX(), b.getY(), getWidth(), getHeight()
    };
  }

  private Point2D local(double wx, double wy) {
    Point2D p = plan.worldToScreen(wx, wy);
    Point2D l = p == null ? null : screenToLocal(p);
    return l == null ? Point2D.ZERO : l;
  }

  private void draw(ChangeRow r) {
    GraphicsContext g = getGraphicsContext2D();
    g.clearRect(0, 0, getWidth(), getHeight());
    if (r == null) {
      return;
    }
    g.setLineWidth(3);
    g.setLineDashes(8, 5);
    stroke(g, r.verdict().prior(), PRIOR);
    g.setLineDashes(null);
    stroke(g, r.verdict().found(), FOUND);
    double[] at = r.verdict().at();
    Point2D c = local(at[0], at[1]);
    g.setLineWidth(1.5);
    g.setStroke(Color.WHITE);
    g.strokeOval(c.getX() - 14, c.getY() - 14, 28, 28);
  }

  private void stroke(GraphicsContext g, Polyline line, Color color) {
    if (line == null) {
      return;
    }
    g.setStroke(color);
    g.beginPath();
    for (int i = 0; i < line.size(); i++) {
      Point2D p = local(line.x(i), line.y(i));
      if (i == 0) {
        g.moveTo(p.getX(), p.getY());
      } else {
        g.lineTo(p.getX(), p.getY());
      }
    }
    g.stroke();
  }
}
