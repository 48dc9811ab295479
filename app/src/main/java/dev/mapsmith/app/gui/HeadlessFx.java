package dev.mapsmith.app.gui;

/**
 * Switches JavaFX to Monocle's headless platform with the software renderer, for screenshots
 * without a display. Must run before the toolkit starts.
 */
public final class HeadlessFx {

  private HeadlessFx() {}

  public static void configure() {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("java.awt.headless", "true");
  }
}
