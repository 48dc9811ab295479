package dev.mapsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.task.ProgressMonitor;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real Spark standalone cluster: a master and one worker started as separate JVMs from
 * the Maven jars (a Spark home whose {@code jars/} holds the class path), all on 127.0.0.1; its map
 * must equal the {@code local[2]} run's. Tagged {@code cluster}: it starts three JVMs, so it runs
 * with {@code -Dgroups=cluster} (see docs/BENCHMARKS.md), not in every build.
 */
@Tag("cluster")
class ClusterRunTest {

  @TempDir Path tmp;

  @Test
  void theClusterRunEqualsTheLocalRun() throws Exception {
    Path manifest = TestDrives.twoTraversals().resolve("drives.json");
    BatchResult local =
        BatchJob.run(
            BatchJobTest.options(manifest, tmp.resolve("local")).withMaster("local[2]"),
            ProgressMonitor.NONE);

    Path home = sparkHome(tmp.resolve("spark"));
    String cp = home.resolve("jars").toString() + File.separator + "*";
    int port = freePort();
    List<Process> started = new ArrayList<>();
    try {
      started.add(
          start(
              home,
              cp,
              "org.apache.spark.deploy.master.Master",
              "--host",
              "127.0.0.1",
              "--port",
              "" + port,
              "--webui-port",
              "" + freePort()));
      awaitPort(port);
      started.add(
          start(
              home,
              cp,
              "org.apache.spark.deploy.worker.Worker",
              "spark://127.0.0.1:" + port,
              "--host",
              "127.0.0.1",
              "--cores",
              "2",
              "--memory",
              "2g",
              "--webui-port",
              "" + freePort(),
              "--work-dir",
              Files.createDirectories(tmp.resolve("work")).toString()));
      System.setProperty("spark.driver.host", "127.0.0.1");
      System.setProperty("spark.driver.bindAddress", "127.0.0.1");
      System.setProperty("spark.executor.memory", "1536m");
      BatchResult cluster =
          BatchJob.run(
              BatchJobTest.options(manifest, tmp.resolve("cluster"))
                  .withMaster("spark://127.0.0.1:" + port),
              ProgressMonitor.NONE);

      assertThat(fingerprint(cluster)).isEqualTo(fingerprint(local));
      assertThat(cluster.primitives()).isNotEmpty();
    } finally {
      for (String k :
          List.of("spark.driver.host", "spark.driver.bindAddress", "spark.executor.memory")) {
        System.clearProperty(k);
      }
      for (Process p : started) {
        p.destroy();
        p.waitFor();
      }
    }
  }

  /** Class, attributes and vertices (to the micrometre) of every primitive, in order. */
  static List<String> fingerprint(BatchResult r) {
    return r.primitives().stream()
        .map(
            p -> {
              StringBuilder s = new StringBuilder(p.mapClass() + " " + p.attributes());
              for (double v : p.geometry().toArray()) {
                s.append(String.format(Locale.ROOT, " %.6f", v));
              }
              return s.toString();
            })
        .toList();
  }

  /**
   * A Spark home from this JVM's class path: {@code jars/} links every jar and holds one jar of the
   * project's class folders; an empty {@code RELEASE} makes the worker build executors' class path
   * from {@code jars/}.
   */
  private static Path sparkHome(Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    Files.createFile(home.resolve("RELEASE"));
    List<Path> folders = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(e);
      if (Files.isDirectory(p)) {
        folders.add(p);
      } else if (e.endsWith(".jar") && Files.isRegularFile(p)) {
        Path link = jars.resolve(p.getFileName());
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, p.toAbsolutePath());
        }
      }
    }
    try (JarOutputStream jar =
        new JarOutputStream(Files.newOutputStream(jars.resolve("mapsmith-classes.jar")))) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Path f : folders) {
        try (Stream<Path> walk = Files.walk(f)) {
          for (Path file : walk.filter(Files::isRegularFile).toList()) {
            String name = f.relativize(file).toString().replace(File.separatorChar, '/');
            if (seen.add(name)) {
              jar.putNextEntry(new JarEntry(name));
              Files.copy(file, jar);
              jar.closeEntry();
            }
          }
        }
      }
    }
    return home;
  }

  private static Process start(Path home, String cp, String main, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(cp);
    cmd.add(main);
    cmd.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(cmd);
    b.environment().put("SPARK_HOME", home.toString());
    b.environment().put("SPARK_SCALA_VERSION", "2.13");
    b.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    b.redirectErrorStream(true);
    b.redirectOutput(home.resolve(main.substring(main.lastIndexOf('.') + 1) + ".log").toFile());
    return b.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  private static void awaitPort(int port) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the Spark master did not open port " + port + " within 60 s");
  }
}
