package dev.mapsmith.app;

import dev.mapsmith.app.cli.MapsmithCli;

/**
 * The entry point of {@code mapsmith}: the command line, from which {@code gui} and {@code demo}
 * start the JavaFX application. Not an {@code Application} subclass, so it runs on the class path.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(MapsmithCli.run(args));
  }
}
