package dev.mapsmith.models.synthetic;

import dev.mapsmith.core.training.LaneClass;
import java.util.Random;

/**
 * A random road through a square tile, in road coordinates: {@code s} along the road, {@code t}
 * across it. Lanes with painted solid and dashed lines, curbs with raised sidewalks, and sometimes
 * a crosswalk with a stop line before it. Answers what surface a ground point hits and what class
 * its map label is.
 */
final class RoadScene {

  /** Surface at a point: reflectance in [0, 1] and height in metres. */
  record Surface(double reflectance, double z) {}

  private final double ox;
  private final double oy;
  private final double dirX;
  private final double dirY;
  private final double curvature;
  private final double half;
  private final double[] lines;
  private final boolean[] dashed;
  private final boolean[] painted;
  private final double paintWidth;
  private final double dash;
  private final double period;
  private final double phase;
  private final double asphalt;
  private final double paint;
  private final double sidewalk;
  private final double curbHeight;
  private final double slopeX;
  private final double slopeY;
  private final boolean crosswalk;
  private final double cwStart;
  private final double cwLength;
  private final boolean stopLine;
  private final double stopS;
  private final double stopWidth;
  private final double egoT;

  RoadScene(Random rnd, double tileMetres) {
    double angle = rnd.nextDouble() * Math.PI;
    dirX = Math.cos(angle);
    dirY = Math.sin(angle);
    double c = tileMetres / 2;
    double shift = (rnd.nextDouble() - 0.5) * tileMetres * 0.5;
    ox = c - dirY * shift;
    oy = c + dirX * shift;
    curvature =
        rnd.nextDouble() < 0.5 ? 0 : (rnd.nextBoolean() ? 1 : -1) / (25 + 120 * rnd.nextDouble());
    int lanes = 1 + rnd.nextInt(4);
    double laneWidth = 3.0 + 0.7 * rnd.nextDouble();
    double shoulder = rnd.nextDouble() < 0.5 ? 0.3 + 0.5 * rnd.nextDouble() : 0.0;
    half = lanes * laneWidth / 2 + shoulder;
    lines = new double[lanes + 1];
    dashed = new boolean[lanes + 1];
    painted = new boolean[lanes + 1];
    int centre = lanes >= 2 && rnd.nextBoolean() ? lanes / 2 : -1;
    boolean edgeLines = rnd.nextDouble() < 0.7;
    for (int i = 0; i <= lanes; i++) {
      lines[i] = -lanes * laneWidth / 2 + i * laneWidth;
      boolean edge = i == 0 || i == lanes;
      painted[i] = edge ? edgeLines : true;
      dashed[i] = !edge && i != centre;
    }
    paintWidth = 0.1 + 0.1 * rnd.nextDouble();
    dash = 1.5 + 2.5 * rnd.nextDouble();
    period = dash + 3 + 7 * rnd.nextDouble();
    phase = rnd.nextDouble() * period;
    asphalt = 0.05 + 0.1 * rnd.nextDouble();
    paint = asphalt + 0.25 + 0.6 * rnd.nextDouble();
    sidewalk = 0.1 + 0.25 * rnd.nextDouble();
    curbHeight = 0.08 + 0.12 * rnd.nextDouble();
    slopeX = (rnd.nextDouble() - 0.5) * 0.06;
    slopeY = (rnd.nextDouble() - 0.5) * 0.06;
    crosswalk = rnd.nextDouble() < 0.35;
    cwStart = (rnd.nextDouble() - 0.5) * tileMetres * 0.8;
    cwLength = 2.5 + 2 * rnd.nextDouble();
    stopLine = rnd.nextDouble() < (crosswalk ? 0.7 : 0.25);
    stopS =
        crosswalk
            ? cwStart - 1 - 1.5 * rnd.nextDouble()
            : (rnd.nextDouble() - 0.5) * tileMetres * 0.8;
    stopWidth = 0.3 + 0.3 * rnd.nextDouble();
    egoT = lines[rnd.nextInt(lanes)] + laneWidth / 2;
  }

  /** Road coordinates (s, t) of world point (x, y). */
  private double[] st(double x, double y) {
    double dx = x - ox;
    double dy = y - oy;
    double s = dx * dirX + dy * dirY;
    double t = -dx * dirY + dy * dirX;
    if (curvature != 0) {
      double r = 1 / curvature;
      double d = Math.hypot(s, t - r);
      double lateral = Math.signum(r) * (Math.abs(r) - d);
      s = Math.abs(r) * Math.atan2(s, Math.signum(r) * (r - t));
      t = lateral;
    }
    return new double[] {s, t};
  }

  /** Lateral distance from the ego track, for point density. */
  double egoDistance(double x, double y) {
    return Math.abs(st(x, y)[1] - egoT);
  }

  Surface surface(double x, double y) {
    double[] p = st(x, y);
    double s = p[0];
    double t = p[1];
    double ground = slopeX * x + slopeY * y;
    if (Math.abs(t) > half) {
      return new Surface(sidewalk, ground + curbHeight);
    }
    return new Surface(isPaint(s, t) ? paint : asphalt, ground);
  }

  private boolean inCrosswalk(double s) {
    return crosswalk && s >= cwStart && s <= cwStart + cwLength;
  }

  private boolean onStopLine(double s, double t, double margin) {
    return stopLine && Math.abs(s - stopS) <= stopWidth / 2 + margin && t >= -margin && t <= half;
  }

  private boolean isPaint(double s, double t) {
    if (inCrosswalk(s)) {
      double u = t + half;
      return u - Math.floor(u) < 0.5;
    }
    if (onStopLine(s, t, 0)) {
      return true;
    }
    int line = nearestLine(t, paintWidth / 2);
    if (line < 0 || nearJunction(s)) {
      return false;
    }
    if (dashed[line]) {
      double u = s + phase;
      return u - Math.floor(u / period) * period < dash;
    }
    return true;
  }

  private boolean nearJunction(double s) {
    return crosswalk && s >= stopS - 0.5 && s <= cwStart + cwLength + 0.5;
  }

  private int nearestLine(double t, double within) {
    for (int i = 0; i < lines.length; i++) {
      if (painted[i] && Math.abs(t - lines[i]) <= within) {
        return i;
      }
    }
    return -1;
  }

  /** The map label at a cell centre; lines are labelled about 0.3 m wide and continuous. */
  LaneClass label(double x, double y) {
    double[] p = st(x, y);
    double s = p[0];
    double t = p[1];
    if (Math.abs(t) <= half && onStopLine(s, t, 0.05)) {
      return LaneClass.STOP_LINE;
    }
    if (Math.abs(t) <= half && inCrosswalk(s)) {
      return LaneClass.CROSSWALK;
    }
    if (Math.abs(Math.abs(t) - half) <= 0.15) {
      return LaneClass.BOUNDARY;
    }
    int line = nearestLine(t, Math.max(paintWidth / 2, 0.1) + 0.05);
    if (line >= 0 && !nearJunction(s)) {
      return dashed[line] ? LaneClass.DASHED_DIVIDER : LaneClass.SOLID_DIVIDER;
    }
    return LaneClass.BACKGROUND;
  }
}
