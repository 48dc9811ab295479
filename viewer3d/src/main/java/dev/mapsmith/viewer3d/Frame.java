package dev.mapsmith.viewer3d;

/**
 * One rendered image: {@code argb} holds width × height pixels, rows top first, as
 * premultiplied-alpha ARGB ints (what JavaFX's {@code PixelFormat.getIntArgbPreInstance()} takes).
 *
 * @param pointsDrawn cloud points drawn in this frame (at most the point budget)
 * @param pointsTotal cloud points in the scene
 * @param complete false while level of detail can still refine: render again if the camera rests
 */
public record Frame(
    int width, int height, int[] argb, long pointsDrawn, long pointsTotal, boolean complete) {

  /** The pixel at column x, row y (0 = top). */
  public int pixel(int x, int y) {
    return argb[y * width + x];
  }
}
