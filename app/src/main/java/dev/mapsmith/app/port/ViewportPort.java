package dev.mapsmith.app.port;

/**
 * The 3D viewport of the viewer3d module: an offscreen renderer on its own thread that hands back
 * ARGB pixels for a JavaFX PixelBuffer.
 */
public interface ViewportPort {

  Availability availability();

  /**
   * Starts an offscreen viewport of the given pixel size. Slow (a GL context, 0.1 to 0.5 s): call
   * it off the UI thread. Throws IllegalStateException, with the reason, when no GL context can be
   * made.
   */
  ViewportRenderer start(int width, int height);

  static ViewportPort missing(String reason) {
    return new ViewportPort() {
      @Override
      public Availability availability() {
        return Availability.missing(reason);
      }

      @Override
      public ViewportRenderer start(int width, int height) {
        throw new IllegalStateException(reason);
      }
    };
  }
}
