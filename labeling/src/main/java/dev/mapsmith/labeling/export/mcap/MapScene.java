package dev.mapsmith.labeling.export.mcap;

import static dev.mapsmith.labeling.export.mcap.FoxgloveJson.object;
import static dev.mapsmith.labeling.export.mcap.FoxgloveJson.time;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.List;
import java.util.Locale;

/**
 * The map as one {@code foxglove.SceneUpdate}: an entity per primitive with a line strip (a loop
 * for closed classes) coloured by class, dimmed when rejected, and the class, review state and
 * confidence in the entity's metadata.
 */
final class MapScene {

  private MapScene() {}

  static byte[] update(long ns, String frameId, List<Primitive> primitives) {
    ObjectNode m = object();
    m.putArray("deletions");
    ArrayNode entities = m.putArray("entities");
    for (Primitive p : primitives) {
      ObjectNode e = entities.addObject();
      e.set("timestamp", time(ns));
      e.put("frame_id", frameId).put("id", "map/" + p.id()).put("frame_locked", true);
      e.set("lifetime", time(0));
      ArrayNode meta = e.putArray("metadata");
      meta.addObject().put("key", "class").put("value", p.mapClass().key());
      meta.addObject().put("key", "review").put("value", p.review().key());
      meta.addObject()
          .put("key", "confidence")
          .put("value", String.format(Locale.ROOT, "%.3f", p.confidence()));
      ObjectNode line = e.putArray("lines").addObject();
      line.put("type", p.closed() ? 1 : 0);
      line.set("pose", FoxgloveJson.pose(RigidTransform.IDENTITY));
      line.put("thickness", 0.15).put("scale_invariant", false);
      ArrayNode pts = line.putArray("points");
      Polyline g = p.geometry();
      for (int i = 0; i < g.size(); i++) {
        pts.add(FoxgloveJson.vec3(g.x(i), g.y(i), g.z(i)));
      }
      line.set("color", color(p.mapClass(), p.review()));
      line.putArray("colors");
      line.putArray("indices");
    }
    return FoxgloveJson.bytes(m);
  }

  static ObjectNode color(MapClass c, ReviewState review) {
    double[] rgb =
        switch (c) {
          case DIVIDER -> new double[] {1.0, 0.85, 0.1};
          case BOUNDARY -> new double[] {0.95, 0.25, 0.2};
          case PED_CROSSING -> new double[] {0.2, 0.8, 1.0};
          case STOP_LINE -> new double[] {1.0, 1.0, 1.0};
          case CENTERLINE -> new double[] {0.4, 0.9, 0.4};
        };
    return object()
        .put("r", rgb[0])
        .put("g", rgb[1])
        .put("b", rgb[2])
        .put("a", review == ReviewState.REJECTED ? 0.35 : 1.0);
  }
}
