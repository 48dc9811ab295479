package dev.mapsmith.reconstruction.confidence;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The confidence calibration of the reconstruction methods: per method ({@code classical}, {@code
 * learned}) and scored class a {@link ConfidenceCurve} from raw confidence to the probability of a
 * match within {@link #TAU_M} m, fitted by {@code mapsmith calibrate} on development drives. The
 * shipped one is a resource ({@link #shipped()}); {@link #none()} leaves confidences raw (what the
 * fit itself needs). Curves of the learned method hold only for the model whose weights they were
 * fitted with ({@link Method#modelWeightsHash}).
 *
 * @param version raised whenever the file's format or its fitting changes
 * @param fittedOn how it was made (command, suite, code), for people
 * @param methods curves per method key
 */
public record ConfidenceCalibration(int version, String fittedOn, Map<String, Method> methods) {

  /** The match distance the calibrated confidence is a probability for, metres. */
  public static final double TAU_M = 1.0;

  /** The format written by this code. */
  public static final int VERSION = 1;

  /** Where the shipped calibration lives on the class path. */
  public static final String RESOURCE = "/dev/mapsmith/reconstruction/confidence/calibration.json";

  private static volatile ConfidenceCalibration shipped;

  /**
   * The curves of one method.
   *
   * @param modelWeightsHash the learned model's weights hash the curves were fitted with; null for
   *     the classical method
   * @param curves per scored class; a class without one keeps its raw confidence
   * @param detections how many detections each curve was fitted on
   */
  public record Method(
      String modelWeightsHash,
      Map<MapClass, ConfidenceCurve> curves,
      Map<MapClass, Integer> detections) {

    public Method {
      curves = Map.copyOf(curves);
      detections = Map.copyOf(detections);
    }

    /** {@code primitives} with the confidence of each class that has a curve calibrated. */
    public List<Primitive> apply(List<Primitive> primitives) {
      List<Primitive> out = new ArrayList<>(primitives.size());
      for (Primitive p : primitives) {
        ConfidenceCurve c = curves.get(p.mapClass());
        out.add(
            c == null
                ? p
                : new Primitive(
                    p.id(),
                    p.mapClass(),
                    p.geometry(),
                    p.attributes(),
                    p.review(),
                    c.apply(p.confidence()),
                    p.provenance()));
      }
      return out;
    }
  }

  public ConfidenceCalibration {
    methods = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(methods));
  }

  /** No calibration: every method keeps its raw confidence. */
  public static ConfidenceCalibration none() {
    return new ConfidenceCalibration(VERSION, "none", Map.of());
  }

  /** The calibration shipped with this build (read once from {@link #RESOURCE}). */
  public static ConfidenceCalibration shipped() {
    ConfidenceCalibration c = shipped;
    if (c == null) {
      try (InputStream in = ConfidenceCalibration.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the build lacks its calibration resource " + RESOURCE);
        }
        c = CalibrationJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shipped = c;
    }
    return c;
  }

  /**
   * The curves for {@code method}; for the learned method only when they were fitted with the model
   * of {@code weightsHash}. Null when there are none (confidence stays raw).
   */
  public Method curvesFor(String method, String weightsHash) {
    Method m = methods.get(method);
    if (m == null || (m.modelWeightsHash() != null && !m.modelWeightsHash().equals(weightsHash))) {
      return null;
    }
    return m;
  }

  /**
   * What a primitive's provenance records of this calibration for {@code method}: {@code none} or
   * {@code v<version>:<first 8 hex of the SHA-256 of the method's curves>}.
   */
  public String describe(String method, String weightsHash) {
    Method m = curvesFor(method, weightsHash);
    if (m == null) {
      return "none";
    }
    String text = CalibrationJson.methodJson(m).toString();
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "v" + version + ":" + HexFormat.of().formatHex(d).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code primitives} of {@code method} calibrated (unchanged when there are no curves). */
  public List<Primitive> apply(String method, String weightsHash, List<Primitive> primitives) {
    Method m = curvesFor(method, weightsHash);
    return m == null ? List.copyOf(primitives) : m.apply(primitives);
  }
}
