package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.geom.Bounds2;

/**
 * A scoring window: a rectangle centred at (cx, cy), {@code length} metres along {@code heading}
 * (radians counter-clockwise from +x) and {@code width} metres across. Published numbers use 60 m
 * by 30 m around the ego vehicle.
 */
public record EvalWindow(double cx, double cy, double heading, double length, double width) {

  public static final double DEFAULT_LENGTH = 60;
  public static final double DEFAULT_WIDTH = 30;

  public EvalWindow {
    if (!(length > 0) || !(width > 0)) {
      throw new IllegalArgumentException("window size must be positive: " + length + "x" + width);
    }
  }

  /** The 60 m × 30 m window at a vehicle pose. */
  public static EvalWindow at(double x, double y, double heading) {
    return new EvalWindow(x, y, heading, DEFAULT_LENGTH, DEFAULT_WIDTH);
  }

  /** Window-local x (along heading) of a world point. */
  public double localX(double x, double y) {
    return (x - cx) * Math.cos(heading) + (y - cy) * Math.sin(heading);
  }

  /** Window-local y (across, to the left) of a world point. */
  public double localY(double x, double y) {
    return -(x - cx) * Math.sin(heading) + (y - cy) * Math.cos(heading);
  }

  /** The axis-aligned world box that contains the rotated rectangle. */
  public Bounds2 worldBounds() {
    double c = Math.abs(Math.cos(heading)), s = Math.abs(Math.sin(heading));
    double hx = (length * c + width * s) / 2, hy = (length * s + width * c) / 2;
    return new Bounds2(cx - hx, cy - hy, cx + hx, cy + hy);
  }
}
