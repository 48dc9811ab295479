package dev.mapsmith.labeling.export.mcap;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON schemas ({@code jsonschema} encoding) of the Foxglove message types the export writes,
 * following Foxglove's published schemas: times are {@code {sec, nsec}}, byte fields base64
 * strings.
 */
final class FoxgloveSchemas {

  static final String POINT_CLOUD = "foxglove.PointCloud";
  static final String COMPRESSED_IMAGE = "foxglove.CompressedImage";
  static final String CAMERA_CALIBRATION = "foxglove.CameraCalibration";
  static final String FRAME_TRANSFORM = "foxglove.FrameTransform";
  static final String LOCATION_FIX = "foxglove.LocationFix";
  static final String SCENE_UPDATE = "foxglove.SceneUpdate";
  static final String SIGNAL = "mapsmith.Signal";

  private static final String TIME =
      "{\"type\":\"object\",\"properties\":{\"sec\":{\"type\":\"integer\",\"minimum\":0},"
          + "\"nsec\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":999999999}}}";
  private static final String VEC3 = xyz("x", "y", "z");
  private static final String QUAT = xyz("x", "y", "z", "w");
  private static final String POSE =
      "{\"type\":\"object\",\"properties\":{\"position\":"
          + VEC3
          + ",\"orientation\":"
          + QUAT
          + "}}";
  private static final String BYTES = "{\"type\":\"string\",\"contentEncoding\":\"base64\"}";
  private static final String COLOR = xyz("r", "g", "b", "a");

  private static final Map<String, String> SCHEMAS =
      Map.of(
          POINT_CLOUD,
          object(
              "timestamp",
              TIME,
              "frame_id",
              str(),
              "pose",
              POSE,
              "point_stride",
              num(),
              "fields",
              array(object("name", str(), "offset", num(), "type", num())),
              "data",
              BYTES),
          COMPRESSED_IMAGE,
          object("timestamp", TIME, "frame_id", str(), "data", BYTES, "format", str()),
          CAMERA_CALIBRATION,
          object(
              "timestamp",
              TIME,
              "frame_id",
              str(),
              "width",
              num(),
              "height",
              num(),
              "distortion_model",
              str(),
              "D",
              array(num()),
              "K",
              array(num()),
              "R",
              array(num()),
              "P",
              array(num())),
          FRAME_TRANSFORM,
          object(
              "timestamp",
              TIME,
              "parent_frame_id",
              str(),
              "child_frame_id",
              str(),
              "translation",
              VEC3,
              "rotation",
              QUAT),
          LOCATION_FIX,
          object(
              "timestamp",
              TIME,
              "frame_id",
              str(),
              "latitude",
              num(),
              "longitude",
              num(),
              "altitude",
              num(),
              "position_covariance",
              array(num()),
              "position_covariance_type",
              num()),
          SCENE_UPDATE,
          object(
              "deletions",
              array("{\"type\":\"object\"}"),
              "entities",
              array(
                  object(
                      "timestamp",
                      TIME,
                      "frame_id",
                      str(),
                      "id",
                      str(),
                      "lifetime",
                      TIME,
                      "frame_locked",
                      "{\"type\":\"boolean\"}",
                      "metadata",
                      array(object("key", str(), "value", str())),
                      "lines",
                      array(
                          object(
                              "type",
                              num(),
                              "pose",
                              POSE,
                              "thickness",
                              num(),
                              "scale_invariant",
                              "{\"type\":\"boolean\"}",
                              "points",
                              array(VEC3),
                              "color",
                              COLOR,
                              "colors",
                              array(COLOR),
                              "indices",
                              array(num())))))),
          SIGNAL,
          object("timestamp", TIME, "value", num()));

  private FoxgloveSchemas() {}

  static byte[] of(String name) {
    return SCHEMAS.get(name).getBytes(StandardCharsets.UTF_8);
  }

  private static String xyz(String... names) {
    StringBuilder b = new StringBuilder("{\"type\":\"object\",\"properties\":{");
    for (int i = 0; i < names.length; i++) {
      b.append(i > 0 ? "," : "").append('"').append(names[i]).append("\":").append(num());
    }
    return b.append("}}").toString();
  }

  private static String object(String... keyValues) {
    StringBuilder b = new StringBuilder("{\"type\":\"object\",\"properties\":{");
    for (int i = 0; i < keyValues.length; i += 2) {
      b.append(i > 0 ? "," : "")
          .append('"')
          .append(keyValues[i])
          .append("\":")
          .append(keyValues[i + 1]);
    }
    return b.append("}}").toString();
  }

  private static String array(String items) {
    return "{\"type\":\"array\",\"items\":" + items + "}";
  }

  private static String str() {
    return "{\"type\":\"string\"}";
  }

  private static String num() {
    return "{\"type\":\"number\"}";
  }
}
