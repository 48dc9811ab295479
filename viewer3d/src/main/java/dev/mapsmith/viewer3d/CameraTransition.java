package dev.mapsmith.viewer3d;

/**
 * A camera move animated over time, for smooth zoom and focus: ease-out from {@code from} to {@code
 * to} over {@code durationMs}, distance changing geometrically (see {@link
 * CameraState#interpolate}). Ask {@link #at} for the state each frame until {@link #finished}.
 */
public record CameraTransition(CameraState from, CameraState to, double durationMs) {

  /** The usual length of a zoom step or a focus move. */
  public static final double DEFAULT_MS = 250;

  public CameraTransition {
    if (!(durationMs >= 0)) {
      throw new IllegalArgumentException("negative duration " + durationMs);
    }
  }

  /** A transition of {@link #DEFAULT_MS}. */
  public static CameraTransition of(CameraState from, CameraState to) {
    return new CameraTransition(from, to, DEFAULT_MS);
  }

  /** The camera {@code elapsedMs} after the start; exactly {@code to} once finished. */
  public CameraState at(double elapsedMs) {
    if (finished(elapsedMs)) {
      return to;
    }
    double t = Math.max(0, elapsedMs / durationMs);
    double eased = 1 - Math.pow(1 - t, 3);
    return from.interpolate(to, eased);
  }

  public boolean finished(double elapsedMs) {
    return elapsedMs >= durationMs;
  }
}
