package dev.mapsmith.app.gui;

/**
 * Switches JavaFX to Monocle's headless platform with the software renderer, for screenshots
 * without a display. Must run before the toolkit starts.
 */
public final class HeadlessFx {

  private HeadlessFx() {}

  /** Sets the headless screen to {@code width} x {@code height} so a window that size fits. */
  public static void configure(int width, int height) {
    System.setProperty("headless.geometry", width + "x" + height + "-32");
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("java.awt.headless", "true");
  }
}
