package dev.mapsmith.drivelog.nuscenes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraIntrinsics;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.ImageFileFrame;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the camera frames of a scene per channel ({@code CAM_FRONT}, ...): intrinsics from the
 * calibrated sensor's {@code camera_intrinsic}, size from the sample data, mount from its
 * translation and rotation.
 */
final class NuScenesCameras {

  private final Map<String, CameraIntrinsics> intrinsics = new LinkedHashMap<>();
  private final Map<String, RigidTransform> mounts = new LinkedHashMap<>();
  private final Map<String, List<CameraFrame>> frames = new LinkedHashMap<>();

  void add(String channel, JsonNode data, JsonNode cs, RigidTransform mount, long ns, Path file) {
    JsonNode k = cs.path("camera_intrinsic");
    intrinsics.computeIfAbsent(
        channel,
        c ->
            new CameraIntrinsics(
                k.path(0).path(0).asDouble(),
                k.path(1).path(1).asDouble(),
                k.path(0).path(2).asDouble(),
                k.path(1).path(2).asDouble(),
                data.path("width").asInt(),
                data.path("height").asInt()));
    mounts.putIfAbsent(channel, mount);
    List<CameraFrame> list = frames.computeIfAbsent(channel, c -> new ArrayList<>());
    list.add(new ImageFileFrame(list.size(), ns, file));
  }

  List<CameraStream> streams() {
    List<CameraStream> out = new ArrayList<>();
    frames.forEach((c, f) -> out.add(new CameraStream(c, intrinsics.get(c), mounts.get(c), f)));
    return out;
  }
}
