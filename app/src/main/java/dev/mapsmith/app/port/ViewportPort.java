package dev.mapsmith.app.port;

/**
 * The 3D viewport of the viewer3d module: an offscreen renderer on its own thread that hands back
 * ARGB pixels for a JavaFX PixelBuffer.
 */
public interface ViewportPort {

  Availability availability();

  static ViewportPort missing(String reason) {
    return () -> Availability.missing(reason);
  }
}
