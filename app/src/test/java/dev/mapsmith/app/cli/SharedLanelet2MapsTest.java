package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every Lanelet2 map of the shared world corpus ({@code ../shared/worlds/lanelet2}) passes {@code
 * info} and a very short {@code generate}, and its class counts are those of the tagging table
 * (docs/map-tagging.md), counted here independently from the raw XML. Skipped when the corpus is
 * not beside the clone.
 */
class SharedLanelet2MapsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();
  @TempDir Path dir;

  static Stream<String> maps() throws Exception {
    Path folder = corpus();
    if (!Files.isDirectory(folder)) {
      return Stream.of("(corpus missing: " + folder + ")");
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".osm"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("maps")
  void infoAndAShortGenerateWorkAndTheClassesAreCountedByTheTaggingTable(String name)
      throws Exception {
    Path map = corpus().resolve(name);
    assumeTrue(Files.isRegularFile(map), "shared world corpus missing: " + corpus());
    JsonNode info = run("info", map.toString(), "--json");
    assertThat(info.get("format").asText()).isEqualTo("lanelet2");
    assertThat(info.get("origin_source").asText()).isEqualTo("map_centre"); // none ships a yaml
    Map<String, Integer> expected = countByTaggingTable(map);
    JsonNode classes = info.get("classes");
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      assertThat(classes.get(e.getKey()).asInt())
          .as(name + " " + e.getKey())
          .isEqualTo(e.getValue());
    }
    assertThat(classes.get("divider").asInt() + classes.get("boundary").asInt())
        .as(name + " has lines")
        .isPositive();

    console.resetOut();
    Path out = dir.resolve("drive");
    JsonNode gen =
        run(
            "generate",
            "--map",
            map.toString(),
            "--out",
            out.toString(),
            "--duration",
            "0.2",
            "--beams",
            "32",
            "--pose-noise",
            "none",
            "--json");
    assertThat(gen.get("origin_source").asText()).isEqualTo(info.get("origin_source").asText());
    assertThat(gen.get("sweeps").asInt()).isEqualTo(2);
    assertThat(gen.get("map_problems")).hasSize(info.get("problem_count").asInt());
    assertThat(Path.of(gen.get("truth").asText()).resolveSibling("map_projector_info.yaml"))
        .exists();
  }

  @ParameterizedTest
  @MethodSource("maps")
  void documentedCountsOfTheCorpusReadme(String name) throws Exception {
    Path map = corpus().resolve(name);
    assumeTrue(Files.isRegularFile(map), "shared world corpus missing: " + corpus());
    Map<String, Integer> docs =
        Map.of(
            "autoware-intersection.osm", 8, // "23 stop lines, 8 crosswalks"
            "fzi-k729.osm", 7); // "7 crosswalks"
    assumeTrue(docs.containsKey(name), "no documented counts for " + name);
    JsonNode classes = run("info", map.toString(), "--json").get("classes");
    assertThat(classes.get("ped_crossing").asInt()).isEqualTo(docs.get(name));
    if (name.equals("autoware-intersection.osm")) {
      assertThat(classes.get("stop_line").asInt()).isEqualTo(23);
    }
  }

  private JsonNode run(String... args) throws Exception {
    int code = MapsmithCli.run(args);
    assertThat(code).as("exit code of " + List.of(args) + "; stderr: " + console.err()).isZero();
    return JSON.readTree(console.out());
  }

  /** Class counts straight from the XML by docs/map-tagging.md, JOSM deletions left out. */
  private static Map<String, Integer> countByTaggingTable(Path file) throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    var doc = f.newDocumentBuilder().parse(file.toFile());
    Map<String, Integer> counts = new HashMap<>();
    for (String c : List.of("divider", "boundary", "stop_line", "ped_crossing")) {
      counts.put(c, 0);
    }
    Set<String> nodes = new java.util.HashSet<>();
    NodeList nodeList = doc.getElementsByTagName("node");
    for (int i = 0; i < nodeList.getLength(); i++) {
      Element n = (Element) nodeList.item(i);
      if (!gone(n)) {
        nodes.add(n.getAttribute("id"));
      }
    }
    NodeList ways = doc.getElementsByTagName("way");
    for (int i = 0; i < ways.getLength(); i++) {
      Element w = (Element) ways.item(i);
      List<String> refs = refs(w);
      if (gone(w) || refs.size() < 2 || !nodes.containsAll(refs)) {
        continue; // a broken way: skipped with a warning
      }
      Map<String, String> tags = tags(w);
      String type = tags.getOrDefault("type", "");
      String c =
          Set.of("line_thin", "line_thick").contains(type)
              ? "divider"
              : Set.of("road_border", "curbstone").contains(type)
                  ? "boundary"
                  : type.equals("stop_line")
                      ? "stop_line"
                      : type.equals("zebra_marking") && closed(w) ? "ped_crossing" : null;
      if (c != null) {
        counts.merge(c, 1, Integer::sum);
      }
    }
    NodeList rels = doc.getElementsByTagName("relation");
    for (int i = 0; i < rels.getLength(); i++) {
      Element r = (Element) rels.item(i);
      Map<String, String> tags = tags(r);
      if (!gone(r)
          && "lanelet".equals(tags.get("type"))
          && "crosswalk".equals(tags.get("subtype"))) {
        counts.merge("ped_crossing", 1, Integer::sum);
      }
    }
    return counts;
  }

  private static boolean gone(Element e) {
    return e.getAttribute("action").equals("delete") || e.getAttribute("visible").equals("false");
  }

  private static boolean closed(Element w) {
    List<String> refs = refs(w);
    return refs.size() >= 4 && refs.get(0).equals(refs.get(refs.size() - 1));
  }

  private static List<String> refs(Element w) {
    NodeList nds = w.getElementsByTagName("nd");
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < nds.getLength(); i++) {
      refs.add(((Element) nds.item(i)).getAttribute("ref"));
    }
    return refs;
  }

  private static Map<String, String> tags(Element e) {
    Map<String, String> out = new HashMap<>();
    NodeList tags = e.getElementsByTagName("tag");
    for (int i = 0; i < tags.getLength(); i++) {
      Element t = (Element) tags.item(i);
      out.put(t.getAttribute("k"), t.getAttribute("v"));
    }
    return out;
  }

  static Path corpus() {
    String prop = System.getProperty("mapsmith.worlds");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop).resolve("lanelet2");
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/worlds/lanelet2"))) {
        return p.resolve("shared/worlds/lanelet2");
      }
    }
    return Path.of("shared/worlds/lanelet2");
  }
}
