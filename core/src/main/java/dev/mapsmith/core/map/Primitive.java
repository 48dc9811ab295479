package dev.mapsmith.core.map;

import dev.mapsmith.core.geom.Polyline;
import java.util.Objects;

/**
 * A map primitive: a stable positive id, a class, geometry in the project's frame, typed
 * attributes, a review state, a confidence in [0, 1] and provenance. Immutable; edits make new
 * values.
 */
public record Primitive(
    long id,
    MapClass mapClass,
    Polyline geometry,
    Attributes attributes,
    ReviewState review,
    double confidence,
    Provenance provenance) {

  public Primitive {
    if (id <= 0) {
      throw new IllegalArgumentException("primitive ids are positive: " + id);
    }
    Objects.requireNonNull(mapClass, "mapClass");
    Objects.requireNonNull(geometry, "geometry");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(provenance, "provenance");
    if (geometry.size() < 2) {
      throw new IllegalArgumentException("primitive " + id + " needs at least 2 vertices");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
  }

  public boolean closed() {
    return mapClass.closed();
  }

  public Primitive withGeometry(Polyline g) {
    return new Primitive(id, mapClass, g, attributes, review, confidence, provenance);
  }

  public Primitive withAttributes(Attributes a) {
    return new Primitive(id, mapClass, geometry, a, review, confidence, provenance);
  }

  public Primitive withReview(ReviewState r) {
    return new Primitive(id, mapClass, geometry, attributes, r, confidence, provenance);
  }

  public Primitive withClass(MapClass c) {
    return new Primitive(id, c, geometry, attributes, review, confidence, provenance);
  }

  public Primitive withId(long newId) {
    return new Primitive(newId, mapClass, geometry, attributes, review, confidence, provenance);
  }
}
