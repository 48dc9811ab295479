package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraIntrinsics;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.mcap.ros2.CameraInfoMessage;
import dev.mapsmith.drivelog.mcap.ros2.CdrException;
import java.util.ArrayList;
import java.util.List;

/**
 * The camera streams of a bag: one per image topic, with the intrinsics of the {@code CameraInfo}
 * topic in the same namespace (e.g. {@code /cam/camera_info} for {@code /cam/image_raw/compressed})
 * and the camera-to-vehicle transform from tf (the camera info's {@code frame_id}). An image topic
 * without camera info is left out, with a note.
 */
final class McapCameras {

  private McapCameras() {}

  static List<CameraStream> read(
      McapFile bag, TopicChoice topics, TfTree tree, String vehicle, List<String> notes)
      throws DriveLogException {
    List<CameraStream> out = new ArrayList<>();
    for (McapChannel image : topics.images()) {
      McapChannel info = infoFor(image, topics.cameraInfos());
      List<MessageRef> refs = bag.messages(image.id());
      if (info == null || bag.messages(info.id()).isEmpty()) {
        notes.add("camera " + image.topic() + " has no CameraInfo topic beside it: left out");
        continue;
      }
      CameraInfoMessage ci;
      try {
        McapMessage m = bag.read(bag.messages(info.id()).get(0));
        ci = CameraInfoMessage.decode(m.buffer(), m.from(), m.to());
      } catch (CdrException e) {
        notes.add(
            "camera "
                + image.topic()
                + ": "
                + info.topic()
                + " does not decode ("
                + e.getMessage()
                + "): left out");
        continue;
      }
      RigidTransform mount = tree.lookup(vehicle, ci.header().frameId(), ci.header().stampNs());
      if (mount == null) {
        notes.add(
            "camera "
                + image.topic()
                + ": tf does not link frame '"
                + ci.header().frameId()
                + "' to '"
                + vehicle
                + "'; its mount is taken as the identity");
        mount = RigidTransform.IDENTITY;
      }
      boolean compressed = Ros2Types.is(bag.schemaName(image.id()), Ros2Types.COMPRESSED_IMAGE);
      List<CameraFrame> frames = new ArrayList<>();
      for (int i = 0; i < refs.size(); i++) {
        frames.add(new McapImageFrame(i, refs.get(i).logTimeNs(), bag, refs.get(i), compressed));
      }
      CameraIntrinsics k =
          new CameraIntrinsics(ci.fx(), ci.fy(), ci.cx(), ci.cy(), ci.width(), ci.height());
      out.add(new CameraStream(image.topic(), k, mount, frames));
    }
    return out;
  }

  /** The camera-info channel whose namespace is the longest prefix of the image topic. */
  private static McapChannel infoFor(McapChannel image, List<McapChannel> infos) {
    McapChannel best = null;
    int bestLength = -1;
    for (McapChannel c : infos) {
      String ns = c.topic().substring(0, c.topic().lastIndexOf('/') + 1);
      if (image.topic().startsWith(ns) && ns.length() > bestLength) {
        best = c;
        bestLength = ns.length();
      }
    }
    return best;
  }
}
