package dev.mapsmith.labeling.export.mcap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mapsmith.core.frame.RigidTransform;
import java.io.UncheckedIOException;

/** Small builders for the JSON pieces Foxglove messages share: times, vectors, poses. */
final class FoxgloveJson {

  static final ObjectMapper JSON = new ObjectMapper();

  private FoxgloveJson() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static ObjectNode time(long ns) {
    return object()
        .put("sec", Math.floorDiv(ns, 1_000_000_000L))
        .put("nsec", Math.floorMod(ns, 1_000_000_000L));
  }

  static ObjectNode vec3(double x, double y, double z) {
    return object().put("x", x).put("y", y).put("z", z);
  }

  static ObjectNode quat(RigidTransform t) {
    return object().put("x", t.qx()).put("y", t.qy()).put("z", t.qz()).put("w", t.qw());
  }

  static ObjectNode pose(RigidTransform t) {
    ObjectNode p = object();
    p.set("position", vec3(t.tx(), t.ty(), t.tz()));
    p.set("orientation", quat(t));
    return p;
  }

  static ArrayNode numbers(double... v) {
    ArrayNode a = JSON.createArrayNode();
    for (double d : v) {
      a.add(d);
    }
    return a;
  }

  static byte[] bytes(ObjectNode n) {
    try {
      return JSON.writeValueAsBytes(n);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
