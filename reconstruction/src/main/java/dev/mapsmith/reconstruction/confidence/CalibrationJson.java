package dev.mapsmith.reconstruction.confidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mapsmith.core.io.AtomicOutput;
import dev.mapsmith.core.map.MapClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calibration file (format {@code mapsmith-confidence-calibration}, docs/evaluation.md): {@code
 * {"format","version","tau_m","fitted_on","methods":{"classical":{"model_weights_hash":
 * null,"classes":{"divider":{"detections":N,"scores":[...],"probabilities":[...],"tie_break":T}}}}}}.
 * Classes in {@link MapClass} order, so the text (and its hash) depends only on the curves.
 */
public final class CalibrationJson {

  public static final String FORMAT = "mapsmith-confidence-calibration";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CalibrationJson() {}

  /** Reads {@code file}; errors name the file and the fault. */
  public static ConfidenceCalibration read(Path file) throws IOException {
    return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Parses calibration text; {@code source} names it in errors. */
  public static ConfidenceCalibration read(String text, String source) throws IOException {
    try {
      JsonNode root = JSON.readTree(text);
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        throw new IOException(source + ": \"format\" is not \"" + FORMAT + "\"");
      }
      int version = root.path("version").asInt(-1);
      if (version != ConfidenceCalibration.VERSION) {
        throw new IOException(
            source
                + ": calibration version "
                + version
                + " is not "
                + ConfidenceCalibration.VERSION);
      }
      Map<String, ConfidenceCalibration.Method> methods = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = root.path("methods").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        methods.put(e.getKey(), method(e.getValue(), source + ", method " + e.getKey()));
      }
      return new ConfidenceCalibration(version, root.path("fitted_on").asText(""), methods);
    } catch (JsonProcessingException e) {
      throw new IOException(source + ": malformed JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ConfidenceCalibration.Method method(JsonNode m, String where) throws IOException {
    Map<MapClass, ConfidenceCurve> curves = new EnumMap<>(MapClass.class);
    Map<MapClass, Integer> counts = new EnumMap<>(MapClass.class);
    Iterator<Map.Entry<String, JsonNode>> it = m.path("classes").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      MapClass c;
      try {
        c = MapClass.fromKey(e.getKey());
      } catch (IllegalArgumentException x) {
        throw new IOException(where + ": unknown class '" + e.getKey() + "'");
      }
      JsonNode n = e.getValue();
      try {
        curves.put(
            c,
            new ConfidenceCurve(
                numbers(n.path("scores")),
                numbers(n.path("probabilities")),
                n.path("tie_break").asDouble(Double.NaN)));
      } catch (IllegalArgumentException x) {
        throw new IOException(where + ", class " + e.getKey() + ": " + x.getMessage());
      }
      counts.put(c, n.path("detections").asInt(0));
    }
    JsonNode hash = m.path("model_weights_hash");
    return new ConfidenceCalibration.Method(
        hash.isTextual() ? hash.asText() : null, curves, counts);
  }

  private static double[] numbers(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      if (!a.get(i).isNumber()) {
        throw new IllegalArgumentException("a knot is not a number");
      }
      out[i] = a.get(i).asDouble();
    }
    return out;
  }

  /** The whole calibration as JSON text. */
  public static String text(ConfidenceCalibration c) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", c.version());
    root.put("tau_m", ConfidenceCalibration.TAU_M);
    root.put("fitted_on", c.fittedOn());
    ObjectNode methods = root.putObject("methods");
    c.methods().forEach((k, m) -> methods.set(k, methodJson(m)));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code c} to {@code file} atomically (nothing half written on failure). */
  public static void write(ConfidenceCalibration c, Path file) throws IOException {
    AtomicOutput.writeString(file, text(c));
  }

  static ObjectNode methodJson(ConfidenceCalibration.Method m) {
    ObjectNode out = JSON.createObjectNode();
    if (m.modelWeightsHash() == null) {
      out.putNull("model_weights_hash");
    } else {
      out.put("model_weights_hash", m.modelWeightsHash());
    }
    ObjectNode classes = out.putObject("classes");
    for (MapClass c : MapClass.values()) {
      ConfidenceCurve curve = m.curves().get(c);
      if (curve == null) {
        continue;
      }
      ObjectNode n = classes.putObject(c.key());
      n.put("detections", m.detections().getOrDefault(c, 0));
      ArrayNode s = n.putArray("scores");
      for (double v : curve.scores()) {
        s.add(v);
      }
      ArrayNode p = n.putArray("probabilities");
      for (double v : curve.probabilities()) {
        p.add(v);
      }
      n.put("tie_break", curve.tieBreak());
    }
    return out;
  }
}
