package dev.mapsmith.labeling.export.mcap;

import static dev.mapsmith.labeling.export.mcap.FoxgloveJson.bytes;
import static dev.mapsmith.labeling.export.mcap.FoxgloveJson.numbers;
import static dev.mapsmith.labeling.export.mcap.FoxgloveJson.object;
import static dev.mapsmith.labeling.export.mcap.FoxgloveJson.time;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.CameraIntrinsics;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.RadarPoints;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Encodes single Foxglove messages (JSON) for the MCAP export. */
final class FoxgloveMessages {

  private static final int FLOAT32 = 7;

  private FoxgloveMessages() {}

  static byte[] frameTransform(long ns, String parent, String child, RigidTransform t) {
    ObjectNode m = object();
    m.set("timestamp", time(ns));
    m.put("parent_frame_id", parent).put("child_frame_id", child);
    m.set("translation", FoxgloveJson.vec3(t.tx(), t.ty(), t.tz()));
    m.set("rotation", FoxgloveJson.quat(t));
    return bytes(m);
  }

  /** x, y, z, intensity as float32, 16 bytes a point. */
  static byte[] pointCloud(long ns, String frameId, PointCloud c) {
    int n = c.size();
    byte[] b = new byte[16 * n];
    float[] x = c.x(), y = c.y(), z = c.z(), in = c.intensity();
    for (int i = 0, at = 0; i < n; i++, at += 16) {
      FLOAT_LE.set(b, at, x[i]);
      FLOAT_LE.set(b, at + 4, y[i]);
      FLOAT_LE.set(b, at + 8, z[i]);
      FLOAT_LE.set(b, at + 12, in[i]);
    }
    return withData(cloudHeader(ns, frameId, new String[] {"x", "y", "z", "intensity"}), b);
  }

  private static final java.lang.invoke.VarHandle FLOAT_LE =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);

  /** A point cloud message without its data: time, frame, identity pose, float32 fields. */
  private static ObjectNode cloudHeader(long ns, String frameId, String[] names) {
    ObjectNode m = object();
    m.set("timestamp", time(ns));
    m.put("frame_id", frameId);
    m.set("pose", FoxgloveJson.pose(RigidTransform.IDENTITY));
    m.put("point_stride", 4 * names.length);
    ArrayNode fields = m.putArray("fields");
    for (int i = 0; i < names.length; i++) {
      fields.addObject().put("name", names[i]).put("offset", 4 * i).put("type", FLOAT32);
    }
    return m;
  }

  private static final byte[] DATA_KEY = ",\"data\":\"".getBytes(StandardCharsets.US_ASCII);

  /**
   * {@code m} as JSON with a last member {@code "data"}: {@code data} in base64, encoded straight
   * into the message's bytes (the same bytes as the member set on {@code m}, written by Jackson,
   * without a string of a few megabytes and its copies).
   */
  static byte[] withData(ObjectNode m, byte[] data) {
    byte[] head = bytes(m); // "{...}"
    int b64 = 4 * ((data.length + 2) / 3);
    int at = head.length - 1;
    byte[] out = new byte[at + DATA_KEY.length + b64 + 2];
    System.arraycopy(head, 0, out, 0, at);
    System.arraycopy(DATA_KEY, 0, out, at, DATA_KEY.length);
    at += DATA_KEY.length;
    int written = Base64.getEncoder().encode(data, BASE64_SCRATCH.get().of(b64));
    System.arraycopy(BASE64_SCRATCH.get().buffer, 0, out, at, written);
    at += written;
    out[at++] = '"';
    out[at] = '}';
    return out;
  }

  /** A thread's reusable base64 output (payloads are made on several threads at once). */
  private static final ThreadLocal<Scratch> BASE64_SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final class Scratch {
    byte[] buffer = new byte[0];

    byte[] of(int size) {
      if (buffer.length < size) {
        buffer = new byte[size];
      }
      return buffer;
    }
  }

  /** Radar returns as a point cloud: x y z rcs vx_comp vy_comp dyn_prop, float32 each. */
  static byte[] radarCloud(long ns, String frameId, RadarPoints p) {
    String[] names = {"x", "y", "z", "rcs", "vx_comp", "vy_comp", "dyn_prop"};
    ByteBuffer b = ByteBuffer.allocate(4 * names.length * p.size()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < p.size(); i++) {
      b.putFloat(p.x()[i]).putFloat(p.y()[i]).putFloat(p.z()[i]).putFloat(p.rcs()[i]);
      b.putFloat(p.vxComp()[i]).putFloat(p.vyComp()[i]).putFloat(p.dynProp()[i]);
    }
    return withData(cloudHeader(ns, frameId, names), b.array());
  }

  static byte[] compressedImage(long ns, String frameId, byte[] data, String format) {
    ObjectNode m = object();
    m.set("timestamp", time(ns));
    m.put("frame_id", frameId).put("format", format);
    return withData(m, data);
  }

  static byte[] cameraCalibration(long ns, String frameId, CameraIntrinsics k) {
    ObjectNode m = object();
    m.set("timestamp", time(ns));
    m.put("frame_id", frameId).put("width", k.width()).put("height", k.height());
    m.put("distortion_model", "plumb_bob");
    m.set("D", numbers(0, 0, 0, 0, 0));
    m.set("K", numbers(k.fx(), 0, k.cx(), 0, k.fy(), k.cy(), 0, 0, 1));
    m.set("R", numbers(1, 0, 0, 0, 1, 0, 0, 0, 1));
    m.set("P", numbers(k.fx(), 0, k.cx(), 0, 0, k.fy(), k.cy(), 0, 0, 0, 1, 0));
    return bytes(m);
  }

  static byte[] locationFix(long ns, String frameId, GeoOrigin g) {
    ObjectNode m = object();
    m.set("timestamp", time(ns));
    m.put("frame_id", frameId)
        .put("latitude", g.latDeg())
        .put("longitude", g.lonDeg())
        .put("altitude", g.altM());
    m.set("position_covariance", numbers(0, 0, 0, 0, 0, 0, 0, 0, 0));
    m.put("position_covariance_type", 0);
    return bytes(m);
  }

  static byte[] signal(long ns, double value) {
    ObjectNode m = object();
    m.set("timestamp", time(ns));
    m.put("value", value);
    return bytes(m);
  }
}
