package dev.mapsmith.labeling.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

/** How primitive fields are stored: geometry as little-endian float64 xyz, attributes as JSON. */
final class PrimitiveCodec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

  private PrimitiveCodec() {}

  static byte[] geometry(Polyline line) {
    ByteBuffer b = ByteBuffer.allocate(line.size() * 24).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < line.size(); i++) {
      b.putDouble(line.x(i)).putDouble(line.y(i)).putDouble(line.z(i));
    }
    return b.array();
  }

  static Polyline geometry(byte[] blob) {
    if (blob.length % 24 != 0) {
      throw new IllegalArgumentException(
          "geometry blob of " + blob.length + " bytes is not xyz float64");
    }
    double[] xyz = new double[blob.length / 8];
    ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(xyz);
    return Polyline.of(xyz);
  }

  static String attributes(Attributes a) {
    return json(a.asMap());
  }

  static Attributes attributes(String json) {
    try {
      return Attributes.of(JSON.readValue(json, MAP));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad attributes JSON: " + e.getOriginalMessage(), e);
    }
  }

  static String list(List<String> values) {
    return json(values);
  }

  static List<String> list(String json) {
    try {
      return JSON.readValue(json, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad list JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
