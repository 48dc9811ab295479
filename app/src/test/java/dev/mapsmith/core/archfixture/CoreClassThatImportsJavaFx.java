package dev.mapsmith.core.archfixture;

import javafx.scene.paint.Color;

/**
 * Test fixture only: a class in a core package that imports javafx, which the architecture rules
 * must reject. It lives in app's test sources because core cannot even compile against javafx.
 */
public final class CoreClassThatImportsJavaFx {

  public Color paint() {
    return Color.RED;
  }
}
