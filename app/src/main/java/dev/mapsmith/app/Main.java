package dev.mapsmith.app;

import dev.mapsmith.app.cli.MapsmithCli;

/**
 * The entry point of {@code mapsmith}: the command line, from which {@code gui} and {@code demo}
 * start the JavaFX application. Not an {@code Application} subclass, so it runs on the class path.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    applyRuntimeDefaults();
    System.exit(MapsmithCli.run(args));
  }

  /**
   * Defaults that hold however Mapsmith was started (launcher script, installed package, IDE): DJL
   * never downloads, and PyTorch uses all cores but one, because its default threading collapses
   * when another thread keeps a core busy.
   */
  static void applyRuntimeDefaults() {
    System.setProperty("ai.djl.offline", "true");
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
      System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
    }
  }
}
