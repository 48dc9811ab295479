package dev.mapsmith.viewer3d;

/**
 * A radar layer: returns in the scene frame with their radar cross-section (dBsm), velocity over
 * the ground (m/s, ego motion removed) and whether they move. Drawn apart from the lidar: square
 * markers sized by RCS, stationary ones cyan, moving ones orange with a velocity arrow showing
 * where they will be in {@link #ARROW_SECONDS}.
 */
public record RadarReturns(
    int size,
    float[] x,
    float[] y,
    float[] z,
    float[] rcs,
    float[] vx,
    float[] vy,
    boolean[] moving) {

  /** Colour of a stationary return (guard rails, poles, parked cars). */
  public static final int STATIONARY_RGB = 0x00E5FF;

  /** Colour of a moving return and its arrow. */
  public static final int MOVING_RGB = 0xFF8C00;

  /** An arrow shows the motion over this many seconds. */
  public static final double ARROW_SECONDS = 1.0;

  /** Slower returns get no arrow (m/s). */
  public static final double MIN_ARROW_SPEED = 0.3;

  public RadarReturns {
    for (float[] a : new float[][] {x, y, z, rcs, vx, vy}) {
      if (a.length < size) {
        throw new IllegalArgumentException("radar arrays shorter than size " + size);
      }
    }
    if (moving.length < size) {
      throw new IllegalArgumentException("moving flags shorter than size " + size);
    }
  }

  /** A return's colour. */
  public int rgb(int i) {
    return moving[i] ? MOVING_RGB : STATIONARY_RGB;
  }

  /** A return's marker size in pixels: 4 px at -10 dBsm and below, growing to 12 px at 14 dBsm. */
  public float markerPx(int i) {
    return (float) Math.max(4, Math.min(12, 4 + (rcs[i] + 10) / 3));
  }

  /** Whether a return gets a velocity arrow. */
  public boolean hasArrow(int i) {
    return Math.hypot(vx[i], vy[i]) >= MIN_ARROW_SPEED;
  }
}
