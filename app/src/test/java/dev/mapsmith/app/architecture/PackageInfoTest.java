package dev.mapsmith.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of every module says what it holds and what it may not do. */
class PackageInfoTest {

  @Test
  void everyMainPackageHasAPackageInfoWithADescription() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> packages = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path m : modules.toList()) {
        Path src = m.resolve("src/main/java");
        if (!Files.isDirectory(src)) {
          continue;
        }
        try (Stream<Path> dirs = Files.walk(src)) {
          for (Path d : dirs.filter(Files::isDirectory).toList()) {
            try (Stream<Path> files = Files.list(d)) {
              if (files.anyMatch(f -> f.toString().endsWith(".java"))) {
                packages.add(d);
              }
            }
          }
        }
      }
    }
    assertThat(packages).hasSizeGreaterThan(40);
    List<String> missing = new ArrayList<>();
    for (Path d : packages) {
      Path info = d.resolve("package-info.java");
      if (!Files.exists(info)
          || !Files.readString(info).matches("(?s)/\\*\\*\\s*(\\*\\s*)?[^\\s*/].*")) {
        missing.add(root.relativize(d).toString());
      }
    }
    assertThat(missing).as("packages without a described package-info.java").isEmpty();
  }
}
