package dev.mapsmith.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark in docs/BENCHMARKS.md is one command of this repository ({@code bench/run NAME}
 * or a script), whose main class exists, and benchmark runs log at WARN.
 */
class BenchmarkCommandsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyDocumentedBenchmarkIsOneCommandOfThisRepository() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/BENCHMARKS.md"));
    String runner = Files.readString(ROOT.resolve("bench/run"));
    assertThat(doc).doesNotContain("$(cat /tmp/").doesNotContain("-cp $CP");
    Matcher m = Pattern.compile("bench/run ([a-z0-9-]+)").matcher(doc);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    assertThat(names)
        .contains("sample-drives", "drivelog", "reconstruction", "pcl", "labeling", "viewer3d");
    for (String name : names) {
      Matcher c =
          Pattern.compile("\\n\\s*" + Pattern.quote(name) + "\\)[^\\n]*?main=([\\w.]+)")
              .matcher(runner);
      if (name.equals("viewer3d")) {
        assertThat(runner).contains("viewer3d) ").contains("viewer3d/run-bench");
        continue;
      }
      assertThat(c.find()).as("bench/run knows " + name).isTrue();
      assertThat(sourceOf(c.group(1))).as(c.group(1)).isNotNull();
    }
    assertThat(Files.readString(ROOT.resolve("bench/logback.xml"))).contains("level=\"WARN\"");
    assertThat(runner).contains("-Dlogback.configurationFile=");
  }

  private static Path sourceOf(String className) throws IOException {
    String file = className.replace('.', '/') + ".java";
    try (var modules = Files.list(ROOT)) {
      for (Path mod : modules.toList()) {
        for (String set : List.of("src/main/java/", "src/test/java/")) {
          Path p = mod.resolve(set + file);
          if (Files.exists(p)) {
            return p;
          }
        }
      }
    }
    return null;
  }
}
