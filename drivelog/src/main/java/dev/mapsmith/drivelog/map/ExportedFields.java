package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a primitive from a way's tags: a way of Mapsmith's own export ({@link MapsmithTags}) gets
 * its review state, confidence and provenance back and loses the tags the writer added; any other
 * way is ground truth read from {@code file}, with every tag as an attribute.
 */
final class ExportedFields {

  private ExportedFields() {}

  static Primitive primitive(
      long id, MapClass c, Polyline g, Map<String, String> tags, String file) {
    if (!tags.containsKey(MapsmithTags.CLASS)) {
      return new Primitive(
          id, c, g, Attributes.of(tags), ReviewState.AUTO, 1.0, Provenance.truth(file));
    }
    return new Primitive(
        id,
        c,
        g,
        attributes(tags),
        review(tags.get(MapsmithTags.REVIEW)),
        confidence(tags.get(MapsmithTags.CONFIDENCE)),
        own(tags));
  }

  /** The tags without Mapsmith's own fields and those the writer added. */
  static Attributes attributes(Map<String, String> tags) {
    List<String> derived = Arrays.asList(tags.getOrDefault(MapsmithTags.DERIVED, "").split(","));
    Map<String, String> attrs = new LinkedHashMap<>();
    tags.forEach(
        (k, v) -> {
          if (!k.startsWith(MapsmithTags.PREFIX) && !derived.contains(k)) {
            attrs.put(k, v);
          }
        });
    return Attributes.of(attrs);
  }

  /** The provenance Mapsmith's export wrote, or ground truth read from {@code file}. */
  static Provenance provenance(Map<String, String> tags, String file) {
    return tags.containsKey(MapsmithTags.PROV_METHOD) ? own(tags) : Provenance.truth(file);
  }

  /** The provenance in Mapsmith's tags; a missing method reads as {@code lanelet2}. */
  private static Provenance own(Map<String, String> tags) {
    String drives = tags.getOrDefault(MapsmithTags.PROV_DRIVES, "");
    return new Provenance(
        tags.getOrDefault(MapsmithTags.PROV_METHOD, "lanelet2"),
        tags.getOrDefault(MapsmithTags.PROV_VERSION, ""),
        tags.getOrDefault(MapsmithTags.PROV_PARAMETERS, ""),
        drives.isEmpty() ? List.of() : List.of(drives.split("\n")),
        tags.getOrDefault(MapsmithTags.PROV_USER, ""),
        instant(tags.get(MapsmithTags.PROV_CREATED)));
  }

  private static Instant instant(String s) {
    try {
      return s == null ? Instant.EPOCH : Instant.parse(s);
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  private static ReviewState review(String s) {
    try {
      return s == null ? ReviewState.AUTO : ReviewState.fromKey(s);
    } catch (IllegalArgumentException e) {
      return ReviewState.AUTO;
    }
  }

  static double confidence(String s) {
    try {
      double c = s == null ? 1 : Double.parseDouble(s);
      return c >= 0 && c <= 1 ? c : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
