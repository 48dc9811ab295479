package dev.mapsmith.app.view;

/** The dark theme's stylesheet. Sizes are in em so the UI scales with the platform's font/DPI. */
public final class Theme {

  private Theme() {}

  public static String stylesheet() {
    return Theme.class.getResource("dark.css").toExternalForm();
  }
}
