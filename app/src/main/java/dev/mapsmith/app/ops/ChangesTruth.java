package dev.mapsmith.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.reconstruction.changes.TruthChange;
import dev.mapsmith.reconstruction.changes.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the truth of a changed world ({@code mapsmith generate --changes}): changes.json beside its
 * prior.osm and map.osm, each change with its element's geometry in {@code frame} (the after map's
 * for an addition, the prior's otherwise). Format: docs/changes.md.
 */
public final class ChangesTruth {

  private ChangesTruth() {}

  public static List<TruthChange> read(Path changesJson, FrameOfReference frame) throws Exception {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(changesJson));
    } catch (IOException e) {
      throw new IOException(changesJson + ": not a changes file: " + e.getMessage(), e);
    }
    if (root == null || !"mapsmith-changes".equals(root.path("format").asText())) {
      throw new IOException(changesJson + ": not a changes file (format is not mapsmith-changes)");
    }
    Path dir = changesJson.toAbsolutePath().getParent();
    LaneMap prior = map(dir.resolve(root.path("prior_map").asText("prior.osm")), frame);
    LaneMap after = map(dir.resolve(root.path("after_map").asText("map.osm")), frame);
    List<TruthChange> out = new ArrayList<>();
    for (JsonNode c : root.path("changes")) {
      Verdict expected = Verdict.valueOf(c.path("verdict").asText().toUpperCase(Locale.ROOT));
      long element = c.path("element").asLong();
      Primitive p =
          (expected == Verdict.ADDED ? after : prior)
              .get(element)
              .orElseThrow(
                  () ->
                      new IOException(
                          changesJson
                              + ": change "
                              + c.path("id")
                              + ": element "
                              + element
                              + " is not in its map"));
      List<Long> elements = new ArrayList<>();
      c.path("elements").forEach(e -> elements.add(e.asLong()));
      JsonNode d = c.path("displacement_m");
      out.add(
          new TruthChange(
              c.path("type").asText(),
              expected,
              element,
              elements,
              c.path("observed").asBoolean(),
              d.isNumber() ? d.asDouble() : Double.NaN,
              p.geometry()));
    }
    return out;
  }

  private static LaneMap map(Path osm, FrameOfReference frame) throws Exception {
    return TruthScoring.readTruth(osm, frame).map().convertedTo(frame);
  }
}
