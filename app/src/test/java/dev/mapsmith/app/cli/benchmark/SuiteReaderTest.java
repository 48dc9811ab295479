package dev.mapsmith.app.cli.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteReaderTest {

  private static final Path SUITES = Path.of("..", "bench", "suites");
  private static final Path WORLDS = Path.of("..", "..", "shared", "worlds");

  @TempDir Path dir;

  private Path suite(String json) throws Exception {
    return Files.writeString(dir.resolve("s.json"), json);
  }

  @Test
  void readsWorldsWithDefaultsAndResolvesMapsAgainstMapsRoot() throws Exception {
    Files.createDirectories(dir.resolve("maps/lanelet2"));
    Files.writeString(dir.resolve("maps/lanelet2/a.osm"), "<osm/>");
    Suite s =
        SuiteReader.read(
            suite(
                """
                {"suite": "mine", "maps_root": "maps", "duration_s": 7, "pose_noise": ["typical"],
                 "worlds": [
                  {"id": "a", "kind": "map", "map": "lanelet2/a.osm", "seeds": [1, 2],
                   "layouts": ["intersection"]},
                  {"id": "b", "kind": "scenario", "scenario": "straight", "seeds": [3],
                   "duration_s": 2.5, "layouts": ["straight"]},
                  {"id": "c", "kind": "town", "town": "roundabout", "seeds": [4],
                   "layouts": ["roundabout"]}]}
                """));
    assertThat(s.name()).isEqualTo("mine");
    assertThat(s.methods()).containsExactly("classical", "learned");
    assertThat(s.poseNoise()).containsExactly("typical");
    assertThat(s.drivesPerNoiseLevel()).isEqualTo(4);
    SuiteWorld a = s.worlds().get(0);
    assertThat(a.map()).isEqualTo(dir.resolve("maps/lanelet2/a.osm").toAbsolutePath().normalize());
    assertThat(a.durationS()).isEqualTo(7);
    assertThat(a.seeds()).containsExactly(1L, 2L);
    assertThat(s.worlds().get(1).durationS()).isEqualTo(2.5);
    assertThat(s.worlds().get(2).kind()).isEqualTo(WorldKind.TOWN);
    assertThat(s.worlds().get(2).town()).isEqualTo("roundabout");
  }

  @Test
  void validationDrivesAreSeedsAndAnythingElseNamesTheFile() throws Exception {
    String worlds =
        """
        "worlds": [{"id": "b", "kind": "scenario", "scenario": "straight", "seeds": [3, 5],
                    "layouts": ["straight"]}]}
        """;
    assertThat(SuiteReader.read(suite("{" + worlds)).validationDrives()).isEmpty();
    assertThat(SuiteReader.read(suite("{\"validation_drives\": [5], " + worlds)).validationDrives())
        .containsExactly(5L);
    Path bad = suite("{\"validation_drives\": [\"five\"], " + worlds);
    assertThatThrownBy(() -> SuiteReader.read(bad))
        .hasMessageContaining(bad.toString())
        .hasMessageContaining("validation_drives");
  }

  @Test
  void aMissingMapNamesTheSuiteFileTheEntryAndThePath() throws Exception {
    Path f =
        suite(
            """
            {"maps_root": ".", "worlds": [
              {"id": "ok", "kind": "scenario", "scenario": "straight", "seeds": [1], "layouts": []},
              {"id": "gone", "kind": "map", "map": "lanelet2/nowhere.osm", "seeds": [1],
               "layouts": ["straight"]}]}
            """);
    assertThatThrownBy(() -> SuiteReader.read(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("world 2 ('gone')")
        .hasMessageContaining("lanelet2/nowhere.osm");
  }

  @Test
  void faultsNameTheFileAndTheEntry() throws Exception {
    String scenario = "\"kind\": \"scenario\", \"scenario\": \"straight\"";
    assertFault("{\"worlds\": [", "not valid JSON", "line");
    assertFault("{\"worlds\": []}", "\"worlds\" must be a non-empty list");
    assertFault(
        "{\"worlds\": [{\"id\": \"x\", \"kind\": \"moon\", \"seeds\": [1], \"layouts\": []}]}",
        "world 1 ('x')",
        "unknown kind 'moon'");
    assertFault(
        "{\"worlds\": [{\"id\": \"x\", "
            + scenario
            + ", \"seeds\": [1], \"layouts\": [\"spiral\"]}]}",
        "world 1 ('x')",
        "unknown layout type 'spiral'");
    assertFault(
        "{\"worlds\": [{\"id\": \"x\", " + scenario + ", \"seeds\": [], \"layouts\": []}]}",
        "world 1 ('x')",
        "at least one seed");
    assertFault(
        "{\"worlds\": [{\"id\": \"x\", " + scenario + ", \"seed\": [1], \"layouts\": []}]}",
        "world 1 ('x')",
        "unknown field \"seed\"");
    assertFault(
        "{\"worlds\": [{\"id\": \"x\", "
            + scenario
            + ", \"seeds\": [1], \"layouts\": []},"
            + " {\"id\": \"x\", "
            + scenario
            + ", \"seeds\": [2], \"layouts\": []}]}",
        "world 2",
        "'x' is used twice");
    assertFault("{\"worlds\": [{\"kind\": \"town\"}]}", "world 1", "\"id\"");
  }

  private void assertFault(String json, String... parts) throws Exception {
    Path f = suite(json);
    assertThatThrownBy(() -> SuiteReader.read(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(f.toString())
        .hasMessageContainingAll(parts);
  }

  @Test
  void repositorySuitesKeepTheHeldOutRule() {
    Assumptions.assumeTrue(
        Files.isDirectory(WORLDS), "../shared/worlds is missing: the suites' maps cannot be read");
    Suite dev = SuiteReader.read(SUITES.resolve("dev.json"));
    Suite test = SuiteReader.read(SUITES.resolve("test.json"));
    Suite smoke = SuiteReader.read(SUITES.resolve("smoke.json"));
    // test: at least 12 procedural worlds covering every layout type, at least 4 corpus maps
    List<SuiteWorld> towns =
        test.worlds().stream().filter(w -> w.kind() == WorldKind.TOWN).toList();
    assertThat(towns).hasSizeGreaterThanOrEqualTo(12);
    Set<String> covered = new HashSet<>();
    towns.forEach(w -> covered.addAll(w.layouts()));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(SuiteWorld.LAYOUTS);
    assertThat(test.worlds().stream().filter(w -> w.kind() == WorldKind.MAP))
        .hasSizeGreaterThanOrEqualTo(4);
    // no map and no town seed is in both dev and test
    Set<String> devKeys = new HashSet<>();
    dev.worlds().forEach(w -> devKeys.add(identity(w)));
    for (SuiteWorld w : test.worlds()) {
      assertThat(devKeys).as(w.id()).doesNotContain(identity(w));
    }
    // smoke: a few short drives of dev worlds
    for (SuiteWorld w : smoke.worlds()) {
      assertThat(dev.worlds().stream().map(SuiteWorld::id)).contains(w.id());
    }
    assertThat(smoke.methods()).containsExactly("classical", "learned");
  }

  private static String identity(SuiteWorld w) {
    return switch (w.kind()) {
      case MAP -> "map " + w.map();
      case TOWN -> "town " + w.seeds();
      case SCENARIO -> "scenario " + w.scenario() + " " + w.seeds();
    };
  }
}
