package dev.mapsmith.sampledrives;

import dev.mapsmith.sampledrives.world.change.ChangeRequest;
import dev.mapsmith.sampledrives.world.change.ChangeType;
import dev.mapsmith.sampledrives.world.change.ChangedWorld;
import dev.mapsmith.sampledrives.world.change.MapChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes changes.json, the truth of a changed world: the request, the maps (prior = before, map =
 * after; ids are the maps' way and lanelet ids), and per change its type, the verdict a detector
 * should give, the element it is about, every element touched, whether the drive observes it, where
 * it is and what changed. Format: docs/changes.md.
 */
final class ChangesJson {

  private ChangesJson() {}

  static void write(Path file, ChangedWorld world, ChangeRequest request) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("{\n  \"format\": \"mapsmith-changes\",\n  \"version\": 1,\n");
    b.append("  \"prior_map\": \"").append(SampleDrives.PRIOR_MAP).append("\",\n");
    b.append("  \"after_map\": \"map.osm\",\n");
    b.append(
        String.format(
            Locale.ROOT,
            "  \"request\": {\"count\": %d, \"types\": [%s], \"seed\": %d, \"unseen_share\": %.3f},%n",
            request.count(),
            request.types().stream().map(t -> q(t.key())).collect(Collectors.joining(", ")),
            request.seed(),
            request.unseenShare()));
    b.append("  \"notes\": [")
        .append(world.notes().stream().map(ChangesJson::q).collect(Collectors.joining(", ")))
        .append("],\n  \"changes\": [");
    List<MapChange> cs = world.changes();
    for (int i = 0; i < cs.size(); i++) {
      b.append(i == 0 ? "\n" : ",\n").append(change(cs.get(i)));
    }
    b.append(cs.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    Files.writeString(file, b.toString());
  }

  private static String change(MapChange c) {
    ChangeType t = c.type();
    return String.format(
        Locale.ROOT,
        "    {\"id\": %d, \"type\": %s, \"verdict\": %s, \"element\": %d, \"elements\": [%s],"
            + " \"observed\": %b, \"x\": %.3f, \"y\": %.3f, \"displacement_m\": %s,"
            + " \"detail\": %s}",
        c.id(),
        q(t.key()),
        q(t.verdict()),
        c.element(),
        c.elements().stream().map(String::valueOf).collect(Collectors.joining(", ")),
        c.observed(),
        c.x(),
        c.y(),
        Double.isNaN(c.displacementM())
            ? "null"
            : String.format(Locale.ROOT, "%.3f", c.displacementM()),
        q(c.detail()));
  }

  private static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
