package dev.mapsmith.app.view;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * Where the top view (the 2D map view) draws world points, in screen coordinates: what a caller
 * needs of the map view without reaching into its class.
 */
public interface PlanCoordinates {

  /** The screen point where the world point (wx, wy) of the project's frame is drawn. */
  Point2D worldToScreen(double wx, double wy);

  /** The view's area on the screen. */
  Bounds screenBounds();
}
