package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.RigidTransform;
import java.util.List;

/**
 * One camera: its name, intrinsics, the camera-to-vehicle transform (camera frame x right, y down,
 * z forward) and its frames in time order.
 */
public record CameraStream(
    String name,
    CameraIntrinsics intrinsics,
    RigidTransform cameraToVehicle,
    List<CameraFrame> frames) {

  public CameraStream {
    frames = List.copyOf(frames);
  }
}
