package dev.mapsmith.app.view;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * Where the top view (the 2D map view) draws world points, in screen coordinates, and what it has
 * painted: what a caller needs of the map view without reaching into its class.
 */
public interface PlanCoordinates {

  /** The screen point where the world point (wx, wy) of the project's frame is drawn. */
  Point2D worldToScreen(double wx, double wy);

  /** The view's area on the screen. */
  Bounds screenBounds();

  /**
   * What the view has painted of the map so far (its lower layer): for tests and benchmarks that
   * count what an edit or a selection costs it.
   */
  Painted painted();

  /**
   * Counts of the map layer's paints so far.
   *
   * @param paints whole or partial paints
   * @param primitives primitives painted, summed over the paints
   * @param pixels canvas area painted, in layout pixels, summed over the paints
   */
  record Painted(long paints, long primitives, double pixels) {

    /** What was painted since {@code before}. */
    public Painted since(Painted before) {
      return new Painted(
          paints - before.paints, primitives - before.primitives, pixels - before.pixels);
    }
  }
}
