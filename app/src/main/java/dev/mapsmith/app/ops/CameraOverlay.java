package dev.mapsmith.app.ops;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.viewer3d.CameraIntrinsics;
import dev.mapsmith.viewer3d.CameraProjector;
import dev.mapsmith.viewer3d.CameraView;
import dev.mapsmith.viewer3d.PointCloud;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws the lidar sweep nearest a camera frame (coloured by depth), the radar returns of that time
 * (by motion, with velocity arrows) and the map's primitives within 80 m into that frame, through
 * the camera's pose at the frame's time. Runs off the UI thread.
 */
public final class CameraOverlay {

  private CameraOverlay() {}

  public static BufferedImage draw(
      DriveLog drive,
      CameraStream cam,
      CameraFrame frame,
      BufferedImage decoded,
      List<Primitive> primitives)
      throws DriveLogException {
    RigidTransform pose = drive.trajectory().at(frame.timestampNs());
    var k = cam.intrinsics();
    CameraProjector projector =
        new CameraProjector(
            new CameraIntrinsics(k.fx(), k.fy(), k.cx(), k.cy(), k.width(), k.height()),
            pose.compose(cam.cameraToVehicle()));
    List<Primitive> near =
        primitives.stream()
            .filter(
                p ->
                    p.geometry()
                        .bounds()
                        .intersects(
                            new dev.mapsmith.core.geom.Bounds2(
                                    pose.tx(), pose.ty(), pose.tx(), pose.ty())
                                .expand(80)))
            .toList();
    return CameraView.render(
        decoded,
        projector,
        nearestSweep(drive, frame.timestampNs()),
        near,
        RadarLayer.near(drive, frame.timestampNs()));
  }

  private static PointCloud nearestSweep(DriveLog drive, long timeNs) throws DriveLogException {
    LidarSweep best = null;
    for (LidarSweep s : drive.sweeps()) {
      if (best == null
          || Math.abs(s.timestampNs() - timeNs) < Math.abs(best.timestampNs() - timeNs)) {
        best = s;
      }
    }
    if (best == null) {
      return null;
    }
    dev.mapsmith.drivelog.PointCloud c = best.loadInWorld(drive.trajectory());
    float[] xyz = new float[3 * c.size()];
    for (int i = 0; i < c.size(); i++) {
      xyz[3 * i] = c.x()[i];
      xyz[3 * i + 1] = c.y()[i];
      xyz[3 * i + 2] = c.z()[i];
    }
    return PointCloud.of(xyz, java.util.Arrays.copyOf(c.intensity(), c.size()));
  }
}
