package dev.mapsmith.drivelog.mcap.ros2;

import dev.mapsmith.core.frame.RigidTransform;
import java.util.ArrayList;
import java.util.List;

/** {@code tf2_msgs/msg/TFMessage}: a list of {@code geometry_msgs/TransformStamped}. */
public record TfMessage(List<Stamped> transforms) {

  /** One transform: the child frame's pose in the parent ({@code header.frame_id}) frame. */
  public record Stamped(long stampNs, String parent, String child, RigidTransform childToParent) {}

  public static TfMessage decode(byte[] b, int from, int to) {
    CdrCursor c = new CdrCursor(b, from, to);
    int n = c.sequence(4 + 4 + 4 + 4 + 56);
    List<Stamped> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      RosHeader h = RosHeader.read(c);
      String child = c.string();
      out.add(new Stamped(h.stampNs(), h.frameId(), child, RosTransform.read(c)));
    }
    return new TfMessage(out);
  }
}
