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
    ByteBuffer b = ByteBuffer.allocate(16 * c.size()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < c.size(); i++) {
      b.putFloat(c.x()[i]).putFloat(c.y()[i]).putFloat(c.z()[i]).putFloat(c.intensity()[i]);
    }
    ObjectNode m = object();
    m.set("timestamp", time(ns));
    m.put("frame_id", frameId);
    m.set("pose", FoxgloveJson.pose(RigidTransform.IDENTITY));
    m.put("point_stride", 16);
    ArrayNode fields = m.putArray("fields");
    String[] names = {"x", "y", "z", "intensity"};
    for (int i = 0; i < names.length; i++) {
      fields.addObject().put("name", names[i]).put("offset", 4 * i).put("type", FLOAT32);
    }
    m.put("data", Base64.getEncoder().encodeToString(b.array()));
    return bytes(m);
  }

  /** Radar returns as a point cloud: x y z rcs vx_comp vy_comp dyn_prop, float32 each. */
  static byte[] radarCloud(long ns, String frameId, RadarPoints p) {
    String[] names = {"x", "y", "z", "rcs", "vx_comp", "vy_comp", "dyn_prop"};
    ByteBuffer b = ByteBuffer.allocate(4 * names.length * p.size()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < p.size(); i++) {
      b.putFloat(p.x()[i]).putFloat(p.y()[i]).putFloat(p.z()[i]).putFloat(p.rcs()[i]);
      b.putFloat(p.vxComp()[i]).putFloat(p.vyComp()[i]).putFloat(p.dynProp()[i]);
    }
    ObjectNode m = object();
    m.set("timestamp", time(ns));
    m.put("frame_id", frameId);
    m.set("pose", FoxgloveJson.pose(RigidTransform.IDENTITY));
    m.put("point_stride", 4 * names.length);
    ArrayNode fields = m.putArray("fields");
    for (int i = 0; i < names.length; i++) {
      fields.addObject().put("name", names[i]).put("offset", 4 * i).put("type", FLOAT32);
    }
    m.put("data", Base64.getEncoder().encodeToString(b.array()));
    return bytes(m);
  }

  static byte[] compressedImage(long ns, String frameId, byte[] data, String format) {
    ObjectNode m = object();
    m.set("timestamp", time(ns));
    m.put("frame_id", frameId).put("format", format);
    m.put("data", Base64.getEncoder().encodeToString(data));
    return bytes(m);
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
