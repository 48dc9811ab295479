package dev.mapsmith.reconstruction;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.PaintColor;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes primitives with sequential ids, the classical method's provenance and review state AUTO.
 * The provenance names the method, {@link ReconstructionConfig#VERSION} and, as parameters, {@link
 * #parameters the whole configuration with its short hash}.
 */
final class PrimitiveFactory {

  private final Provenance provenance;
  private final List<String> drives;
  private final List<Primitive> made = new ArrayList<>();

  PrimitiveFactory(ReconstructionConfig cfg, List<String> drives) {
    this(cfg, drives, "none");
  }

  /** {@code calibration}: what {@code ConfidenceCalibration.describe} says of the curves used. */
  PrimitiveFactory(ReconstructionConfig cfg, List<String> drives, String calibration) {
    this.drives = List.copyOf(drives);
    provenance =
        new Provenance(
            "classical",
            ReconstructionConfig.VERSION,
            parameters(cfg, calibration),
            drives,
            "",
            Instant.now());
  }

  /**
   * {@code {"config_hash":"<8 hex>","calibration":"v1:<8 hex>"|"none","config":{...}}}: the whole
   * configuration and its hash, and the confidence calibration applied.
   */
  static String parameters(ReconstructionConfig cfg, String calibration) {
    return "{\"config_hash\":\""
        + cfg.hash()
        + "\",\"calibration\":\""
        + calibration
        + "\",\"config\":"
        + cfg.toJson()
        + "}";
  }

  void add(MapClass c, Polyline g, double confidence, Attributes a) {
    add(c, g, confidence, a, provenance);
  }

  /** Adds a primitive made by another step of the method, with its own provenance. */
  void add(MapClass c, Polyline g, double confidence, Attributes a, Provenance p) {
    made.add(
        new Primitive(
            made.size() + 1, c, g, a, ReviewState.AUTO, Math.max(0, Math.min(1, confidence)), p));
  }

  /** Provenance for another step of the method (same configuration), over the same drives. */
  Provenance provenance(String method) {
    return new Provenance(
        method, provenance.version(), provenance.parameters(), drives, "", provenance.created());
  }

  static Attributes line(String type, LinePattern pattern, PaintColor color) {
    return Attributes.of(Attributes.TYPE, type).withPattern(pattern).withColor(color);
  }

  List<Primitive> all() {
    return List.copyOf(made);
  }
}
