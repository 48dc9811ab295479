package dev.mapsmith.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the app changeable by a newcomer: no source file of the app over 400 lines, and nothing
 * reaches into the map view's class (a cast or a lookup as {@code TopView}, a downcast of the map
 * to {@code LaneMap}); callers use {@code PlanCoordinates} and the map interfaces.
 */
class ClassSizeTest {

  static final int MAX_LINES = 400;

  private static List<Path> sources(String root) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(root))) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  void noAppClassIsOver400Lines() throws IOException {
    List<Path> main = sources("src/main/java");
    assertThat(main).as("the app's sources are found").hasSizeGreaterThan(50);
    for (Path f : main) {
      assertThat(Files.readAllLines(f).size()).as(f + ", lines").isLessThanOrEqualTo(MAX_LINES);
    }
  }

  @Test
  void nothingDowncastsTheMapView() throws IOException {
    for (String root : List.of("src/main/java", "src/test/java")) {
      for (Path f : sources(root)) {
        if (f.endsWith("ClassSizeTest.java")) {
          continue;
        }
        String text = Files.readString(f);
        assertThat(text)
            .as(f.toString())
            .doesNotContain("(TopView)")
            .doesNotContain("TopView.class")
            .doesNotContain("(LaneMap)");
      }
    }
  }
}
