package dev.mapsmith.app.view;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** What the top view fits (the drives' trajectories and the map) and its vehicle glyph. */
final class PlanExtent {

  private PlanExtent() {}

  /** The box around every trajectory point and primitive; empty when there is nothing. */
  static Bounds2 of(List<LoadedDrive> drives, MapView map) {
    Bounds2 b = Bounds2.EMPTY;
    for (LoadedDrive d : drives) {
      double[] xy = d.trajectoryXy();
      for (int i = 0; i + 1 < xy.length; i += 2) {
        b = b.include(xy[i], xy[i + 1]);
      }
    }
    if (map != null) {
      for (Primitive p : map.primitives()) {
        Bounds2 pb = p.geometry().bounds();
        b = b.include(pb.minX(), pb.minY()).include(pb.maxX(), pb.maxY());
      }
    }
    return b;
  }

  /** The vehicle: a triangle at screen (x, y) pointing along {@code yaw}. */
  static void drawVehicle(GraphicsContext g, double x, double y, double yaw) {
    double len = 12, half = 6;
    double fx = Math.cos(yaw), fy = -Math.sin(yaw);
    double[] xs = {x + fx * len, x - fx * half - fy * half, x - fx * half + fy * half};
    double[] ys = {y + fy * len, y - fy * half + fx * half, y - fy * half - fx * half};
    g.setFill(Color.web("#ff7043"));
    g.fillPolygon(xs, ys, 3);
  }

  /** A drive's trajectory (x, y pairs), through the view's world-to-screen mapping. */
  static void drawTrajectory(
      GraphicsContext g,
      double[] xy,
      boolean active,
      java.util.function.DoubleUnaryOperator sx,
      java.util.function.DoubleUnaryOperator sy) {
    g.setStroke(active ? Color.web("#4fc3f7") : Color.web("#4fc3f7", 0.4));
    g.setLineWidth(active ? 2 : 1);
    g.beginPath();
    for (int i = 0; i + 1 < xy.length; i += 2) {
      if (i == 0) {
        g.moveTo(sx.applyAsDouble(xy[i]), sy.applyAsDouble(xy[i + 1]));
      } else {
        g.lineTo(sx.applyAsDouble(xy[i]), sy.applyAsDouble(xy[i + 1]));
      }
    }
    g.stroke();
  }
}
