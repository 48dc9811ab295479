package dev.mapsmith.app.cli.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The pooled mAP recorded in the repository for a suite (e.g. bench/suites/smoke.expected.json:
 * {@code {"tolerance": 0.02, "mAP": {"classical/typical": 0.8, ...}}}) and the check CI runs: a
 * figure that falls more than the tolerance below its record fails the run.
 */
public record Baseline(Path file, double tolerance, Map<String, Double> mAP) {

  /** One method and noise level compared with its record. */
  public record Check(String key, double recorded, double measured, boolean passed) {}

  public Baseline {
    mAP = Map.copyOf(mAP);
  }

  /** The record key of a method and noise level, e.g. {@code learned/typical}. */
  public static String key(String method, String poseNoise) {
    return method + "/" + poseNoise;
  }

  public static Baseline read(Path file) {
    try {
      JsonNode root = new ObjectMapper().readTree(Files.readString(file));
      JsonNode tol = root == null ? null : root.get("tolerance");
      JsonNode figures = root == null ? null : root.get("mAP");
      if (tol == null || !tol.isNumber() || figures == null || !figures.isObject()) {
        throw new IllegalArgumentException(
            file + ": expected {\"tolerance\": number, \"mAP\": {\"method/noise\": number}}");
      }
      Map<String, Double> m = new java.util.LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = figures.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isNumber()) {
          throw new IllegalArgumentException(file + ": mAP \"" + e.getKey() + "\" is no number");
        }
        m.put(e.getKey(), e.getValue().asDouble());
      }
      return new Baseline(file, tol.asDouble(), m);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the baseline: " + e.getMessage());
    }
  }

  /** Compares every figure the run has a record for; the rest are not compared. */
  public List<Check> check(List<MethodFigures> figures) {
    List<Check> out = new ArrayList<>();
    for (MethodFigures f : figures) {
      Double recorded = mAP.get(key(f.method(), f.poseNoise()));
      if (recorded != null) {
        double measured = f.pooled().mAP();
        out.add(
            new Check(
                key(f.method(), f.poseNoise()),
                recorded,
                measured,
                measured >= recorded - tolerance - 1e-9));
      }
    }
    return out;
  }
}
