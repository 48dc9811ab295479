package dev.mapsmith.batch;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.sampledrives.GenerateRequest;
import dev.mapsmith.sampledrives.TraversalSet;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small simulated traversals for the batch tests, made once per test JVM. */
final class TestDrives {

  private static Path made;

  private TestDrives() {}

  private static void delete(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException ignored) {
      // best effort: a temporary folder of this test JVM
    }
  }

  /** Two 4 s traversals of the straight world (32 beams) with drives.json beside them. */
  static synchronized Path twoTraversals() throws Exception {
    if (made == null) {
      Path dir = Files.createTempDirectory("mapsmith-batch-test");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      TraversalSet.generate(
          GenerateRequest.scenario("straight").withDuration(4).withLidar(32, true),
          2,
          dir.resolve("set"),
          ProgressMonitor.NONE);
      made = dir.resolve("set");
    }
    return made;
  }
}
