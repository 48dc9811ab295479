package dev.mapsmith.models;

/**
 * Settings that must be in place before the DJL engine starts: offline mode (nothing is ever
 * downloaded) and cores-1 PyTorch threads. Values already given on the command line are kept.
 */
final class DjlSetup {

  private DjlSetup() {}

  static synchronized void configure() {
    setIfAbsent("ai.djl.offline", "true");
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    setIfAbsent("ai.djl.pytorch.num_threads", Integer.toString(threads));
    setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
