package dev.mapsmith.app.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.cli.JsonOutput;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import dev.mapsmith.reconstruction.changes.Evidence;
import dev.mapsmith.reconstruction.changes.Verdict;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link ChangeRun} as JSON (format {@code mapsmith-change-run}, docs/changes.md): the fields of
 * {@code mapsmith changes --out} (each verdict as {@link ChangeCheck#toJson}) plus the run's id and
 * time. Reading checks every field and names the fault.
 */
public final class ChangeRunJson {

  public static final String FORMAT = "mapsmith-change-run";

  private ChangeRunJson() {}

  /** The run's fields, verdicts in order; exports add their own to a copy. */
  public static Map<String, Object> fields(ChangeRun run) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("version", 1);
    m.put("run", run.id());
    m.put("created", run.created().toString());
    m.put("method", run.method());
    m.put("drives", run.drives());
    m.put("counts", ChangeCheck.counts(run.verdicts()));
    m.put("parameters", run.parameters());
    m.put("verdicts", run.verdicts().stream().map(ChangeCheck::toJson).toList());
    return m;
  }

  public static String write(ChangeRun run) {
    return JsonOutput.toJson(fields(run));
  }

  /** Reads a run; {@code source} names where the text came from in errors. */
  public static ChangeRun read(String json, String source) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IOException(source + ": not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new IOException(source + ": not a change run (format is not " + FORMAT + ")");
    }
    List<ChangeVerdict> verdicts = new ArrayList<>();
    int i = 0;
    for (JsonNode v : root.path("verdicts")) {
      try {
        verdicts.add(verdict(v));
      } catch (RuntimeException e) {
        throw new IOException(source + ": verdict " + i + ": " + e.getMessage(), e);
      }
      i++;
    }
    List<String> drives = new ArrayList<>();
    root.path("drives").forEach(d -> drives.add(d.asText()));
    Map<String, Object> parameters = new LinkedHashMap<>();
    root.path("parameters")
        .fields()
        .forEachRemaining(e -> parameters.put(e.getKey(), e.getValue()));
    try {
      return new ChangeRun(
          require(root, "run").asText(),
          Instant.parse(require(root, "created").asText()),
          root.path("method").asText("classical"),
          drives,
          parameters,
          verdicts);
    } catch (RuntimeException e) {
      throw new IOException(source + ": " + e.getMessage(), e);
    }
  }

  private static ChangeVerdict verdict(JsonNode v) {
    JsonNode e = v.path("evidence");
    List<String> changed = new ArrayList<>();
    v.path("changed").forEach(c -> changed.add(c.asText()));
    List<String> drives = new ArrayList<>();
    v.path("drives").forEach(d -> drives.add(d.asText()));
    Polyline prior = points(v.get("prior")), found = points(v.get("found"));
    if (prior == null && found == null) {
      throw new IllegalArgumentException("neither prior nor found geometry");
    }
    return new ChangeVerdict(
        v.path("element").asLong(0),
        MapClass.fromKey(require(v, "class").asText()),
        Verdict.valueOf(require(v, "verdict").asText().toUpperCase(Locale.ROOT)),
        number(require(v, "confidence")),
        number(v.get("displacement_m")),
        changed,
        new Evidence(
            number(e.get("observed_fraction")),
            number(e.get("paint_coverage")),
            number(e.get("match_distance_m")),
            number(e.get("support"))),
        drives,
        prior,
        found);
  }

  private static JsonNode require(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return v;
  }

  private static double number(JsonNode n) {
    if (n == null || n.isNull()) {
      return Double.NaN;
    }
    if (!n.isNumber()) {
      throw new IllegalArgumentException("not a number: " + n);
    }
    return n.asDouble();
  }

  private static Polyline points(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isArray() || n.size() < 2) {
      throw new IllegalArgumentException("geometry needs at least 2 points: " + n);
    }
    double[] xyz = new double[3 * n.size()];
    for (int i = 0; i < n.size(); i++) {
      JsonNode p = n.get(i);
      if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
        throw new IllegalArgumentException("point " + i + " is not [x, y]: " + p);
      }
      xyz[3 * i] = p.get(0).asDouble();
      xyz[3 * i + 1] = p.get(1).asDouble();
      xyz[3 * i + 2] = p.size() > 2 && p.get(2).isNumber() ? p.get(2).asDouble() : 0;
    }
    return Polyline.of(xyz);
  }
}
