package dev.mapsmith.drivelog.mcap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The MCAP files the tests read, written by the official MCAP library for TypeScript ({@code
 * @mcap/core}, pinned in {@code src/test/mcap-fixtures/package-lock.json}) from {@code
 * write-bags.mjs}: {@code npm ci} (once; offline from npm's cache afterwards) and {@code node}
 * into {@code target/mcap-fixtures}. Tests skip with a clear message where node or npm is missing.
 */
public final class McapFixtures {

  private static Path bags;

  private McapFixtures() {}

  /** The folder of written bags (and {@code truth.json}). */
  public static synchronized Path bags() {
    if (bags == null) {
      Path work = prepared();
      Path out = work.resolve("bags");
      run(work, List.of("node", "write-bags.mjs", out.toString()), 120);
      bags = out;
    }
    return bags;
  }

  /** One written bag. */
  public static Path bag(String name) {
    return bags().resolve(name);
  }

  /** What {@code @mcap/core}'s indexed reader finds in {@code mcap}: its JSON summary. */
  public static String readBack(Path mcap) {
    return run(prepared(), List.of("node", "read-bag.mjs", mcap.toAbsolutePath().toString()), 120);
  }

  private static synchronized Path prepared() {
    Path src = source();
    assumeTrue(works("node"), "node is not installed: MCAP fixture tests skipped");
    assumeTrue(works("npm"), "npm is not installed: MCAP fixture tests skipped");
    Path work = Path.of(System.getProperty("basedir", "."), "target", "mcap-fixtures");
    try {
      Files.createDirectories(work);
      for (String f :
          List.of(
              "package.json",
              "package-lock.json",
              "msgs.mjs",
              "write-bags.mjs",
              "write-bench-bag.mjs",
              "read-bag.mjs")) {
        Files.copy(
            src.resolve(f), work.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      Path stamp = work.resolve("node_modules/.installed-lock");
      String lock = Files.readString(src.resolve("package-lock.json"));
      if (!Files.isRegularFile(stamp) || !Files.readString(stamp).equals(lock)) {
        String out =
            tryRun(work, List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), 300);
        assumeTrue(
            out != null && Files.isDirectory(work.resolve("node_modules/@mcap/core")),
            "npm ci of @mcap/core failed (no registry and no npm cache?): MCAP tests skipped");
        Files.writeString(stamp, lock);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot prepare " + work + ": " + e, e);
    }
    return work;
  }

  private static Path source() {
    Path here = Path.of(System.getProperty("basedir", "."), "src/test/mcap-fixtures");
    if (Files.isDirectory(here)) {
      return here;
    }
    return Path.of(System.getProperty("mapsmith.root", "."), "drivelog/src/test/mcap-fixtures");
  }

  private static boolean works(String tool) {
    return tryRun(Path.of("."), List.of(tool, "--version"), 30) != null;
  }

  private static String run(Path dir, List<String> cmd, int timeoutS) {
    String out = tryRun(dir, cmd, timeoutS);
    if (out == null) {
      throw new AssertionError(cmd + " failed in " + dir + ": " + lastOutput);
    }
    return out;
  }

  private static String lastOutput = "";

  /** The command's stdout, or null when it cannot start, fails or times out. */
  private static String tryRun(Path dir, List<String> cmd, int timeoutS) {
    try {
      Path log = Files.createTempFile("mcap-fixtures", ".err");
      Process p =
          new ProcessBuilder(new ArrayList<>(cmd))
              .directory(dir.toFile())
              .redirectError(log.toFile())
              .start();
      byte[] stdout = p.getInputStream().readAllBytes();
      boolean done = p.waitFor(timeoutS, TimeUnit.SECONDS);
      lastOutput = Files.readString(log);
      Files.deleteIfExists(log);
      if (!done) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? new String(stdout, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
