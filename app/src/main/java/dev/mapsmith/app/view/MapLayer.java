package dev.mapsmith.app.view;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.app.viewmodel.MapModel;
import dev.mapsmith.app.viewmodel.TruthViewModel;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The top view's lower canvas: background, grid, the drives' trajectories, the map's primitives
 * (coloured by class, or by distance to the truth) and the lanelets. Its pixels stay from frame to
 * frame: a change of view paints all of it, an edit paints only the rectangle its primitives
 * covered before and after (clipped to it, the primitives there found through the map's grid). The
 * selection, the vehicle and drafts are on the canvas above ({@link TopView}), so selecting never
 * repaints this one. Counts what it paints, for tests.
 */
final class MapLayer {

  static final Color BACKGROUND = Color.web("#16181c");
  static final Color SELECTED = Color.web("#ffd54f");
  private static final Color GRID = Color.web("#23262c");

  private final MainViewModel vm;
  private final TopView view;
  private final Canvas canvas = new Canvas();
  private long primitives; // painted so far
  private long paints; // whole or partial paints so far
  private double pixels; // area painted so far, in layout pixels

  MapLayer(MainViewModel vm, TopView view) {
    this.vm = vm;
    this.view = view;
    canvas.setMouseTransparent(true);
  }

  Canvas canvas() {
    return canvas;
  }

  /** Paints the whole canvas. */
  void paintAll() {
    paint(0, 0, canvas.getWidth(), canvas.getHeight());
  }

  /**
   * Paints the part of the canvas that shows {@code world} (a world rectangle), {@code marginPx}
   * wider on each side for line widths; whole pixels, clipped to the canvas.
   */
  void paint(Bounds2 world, double marginPx) {
    double x0 = Math.floor(view.screenX(world.minX()) - marginPx);
    double x1 = Math.ceil(view.screenX(world.maxX()) + marginPx);
    double y0 = Math.floor(view.screenY(world.maxY()) - marginPx);
    double y1 = Math.ceil(view.screenY(world.minY()) + marginPx);
    x0 = Math.max(0, x0);
    y0 = Math.max(0, y0);
    x1 = Math.min(canvas.getWidth(), x1);
    y1 = Math.min(canvas.getHeight(), y1);
    if (x1 > x0 && y1 > y0) {
      paint(x0, y0, x1, y1);
    }
  }

  /** Paints the canvas rectangle (x0, y0)-(x1, y1), in layout pixels, and nothing outside it. */
  private void paint(double x0, double y0, double x1, double y1) {
    GraphicsContext g = canvas.getGraphicsContext2D();
    boolean whole = x0 <= 0 && y0 <= 0 && x1 >= canvas.getWidth() && y1 >= canvas.getHeight();
    paints++;
    pixels += (x1 - x0) * (y1 - y0);
    g.save();
    if (!whole) {
      g.beginPath();
      g.rect(x0, y0, x1 - x0, y1 - y0);
      g.clip();
    }
    g.setFill(BACKGROUND);
    g.fillRect(x0, y0, x1 - x0, y1 - y0);
    drawGrid(g, x0, y0, x1, y1);
    DoubleUnaryOperator sx = view::screenX, sy = view::screenY;
    view.lidar().draw(g, sx, sy); // the drive's lidar, first: under everything else
    for (LoadedDrive d : vm.drives()) {
      boolean active = d == vm.activeDriveProperty().get();
      PlanExtent.drawTrajectory(g, d.trajectoryXy(), active, sx, sy);
    }
    MapModel map = vm.mapProperty().get();
    if (map != null) { // only what is in the rectangle, found through the map's grid
      Bounds2 area =
          new Bounds2(view.worldX(x0), view.worldY(y1), view.worldX(x1), view.worldY(y0));
      map.visitWithin(
          area,
          p -> {
            primitives++;
            TruthViewModel.Band band = vm.truth().bandOf(p.id());
            stroke(g, p, band != null ? MapColors.band(band) : MapColors.of(p.mapClass()), sx, sy);
          });
    }
    LaneletLayer.draw(g, vm.lanelets(), sx, sy);
    g.restore();
  }

  private void drawGrid(GraphicsContext g, double x0, double y0, double x1, double y1) {
    double step = 10;
    while (step * view.scale() < 40) {
      step *= 5;
    }
    g.setStroke(GRID);
    g.setLineWidth(1);
    for (double x = Math.floor(view.worldX(x0) / step) * step; x < view.worldX(x1); x += step) {
      g.strokeLine(view.screenX(x), y0, view.screenX(x), y1);
    }
    for (double y = Math.floor(view.worldY(y1) / step) * step; y < view.worldY(y0); y += step) {
      g.strokeLine(x0, view.screenY(y), x1, view.screenY(y));
    }
  }

  /** Strokes {@code p} in {@code colour}, 1.5 px wide. */
  static void stroke(
      GraphicsContext g,
      Primitive p,
      Color colour,
      DoubleUnaryOperator sx,
      DoubleUnaryOperator sy) {
    g.setStroke(colour);
    g.setLineWidth(1.5);
    path(g, p, sx, sy);
    g.stroke();
  }

  /** Strokes {@code p} as selected: 3 px wide with a handle on each vertex. */
  static void strokeSelected(
      GraphicsContext g, Primitive p, DoubleUnaryOperator sx, DoubleUnaryOperator sy) {
    g.setStroke(SELECTED);
    g.setLineWidth(3);
    path(g, p, sx, sy);
    g.stroke();
    g.setFill(SELECTED);
    Polyline geo = p.geometry();
    for (int i = 0; i < geo.size(); i++) {
      g.fillRect(sx.applyAsDouble(geo.x(i)) - 3, sy.applyAsDouble(geo.y(i)) - 3, 6, 6);
    }
  }

  private static void path(
      GraphicsContext g, Primitive p, DoubleUnaryOperator sx, DoubleUnaryOperator sy) {
    Polyline geo = p.geometry();
    g.beginPath();
    for (int i = 0; i < geo.size(); i++) {
      if (i == 0) {
        g.moveTo(sx.applyAsDouble(geo.x(i)), sy.applyAsDouble(geo.y(i)));
      } else {
        g.lineTo(sx.applyAsDouble(geo.x(i)), sy.applyAsDouble(geo.y(i)));
      }
    }
    if (p.closed()) {
      g.closePath();
    }
  }

  /** Primitives painted so far (each paint counts those it drew). */
  long primitivesPainted() {
    return primitives;
  }

  /** Whole or partial paints so far. */
  long paints() {
    return paints;
  }

  /** Canvas area painted so far, in layout pixels. */
  double pixelsPainted() {
    return pixels;
  }
}
