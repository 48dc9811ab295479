package dev.mapsmith.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The camera panel's overlay on a small generated drive (KITTI layout, one camera). */
class CameraOverlayTest {

  private static int changed(BufferedImage a, BufferedImage b, int[] rows) {
    int n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if ((a.getRGB(x, y) & 0xffffff) != (b.getRGB(x, y) & 0xffffff)) {
          n++;
          rows[0] = Math.min(rows[0], y);
        }
      }
    }
    return n;
  }

  @Test
  void drawsTheLidarAndAStopLineAheadBelowTheHorizon() throws Exception {
    Path drivePath = TestDrives.sharedStraight();
    try (DriveLog drive = DriveLogs.open(drivePath)) {
      CameraStream cam = drive.cameras().get(0);
      CameraFrame frame = cam.frames().get(cam.frames().size() / 2);
      BufferedImage decoded = frame.decode();
      RigidTransform pose = drive.trajectory().at(frame.timestampNs());
      // a stop line 12 m ahead across the lane, 1.5 m below the vehicle's reference point
      double yaw = pose.yaw(), fx = Math.cos(yaw), fy = Math.sin(yaw);
      Point3 centre = new Point3(pose.tx() + 12 * fx, pose.ty() + 12 * fy, pose.tz() - 1.5);
      Primitive line =
          new Primitive(
              1,
              MapClass.STOP_LINE,
              Polyline.of(
                  List.of(
                      new Point3(centre.x() + 3 * fy, centre.y() - 3 * fx, centre.z()),
                      new Point3(centre.x() - 3 * fy, centre.y() + 3 * fx, centre.z()))),
              Attributes.of(),
              dev.mapsmith.core.map.ReviewState.AUTO,
              1,
              Provenance.manual("t", java.time.Instant.EPOCH));

      BufferedImage lidarOnly = CameraOverlay.draw(drive, cam, frame, decoded, List.of());
      BufferedImage both = CameraOverlay.draw(drive, cam, frame, decoded, List.of(line));

      int[] top = {Integer.MAX_VALUE};
      assertThat(changed(decoded, lidarOnly, top)).as("lidar points drawn").isGreaterThan(1000);
      int[] lineTop = {Integer.MAX_VALUE};
      int linePixels = changed(lidarOnly, both, lineTop);
      assertThat(linePixels).as("the stop line drawn").isGreaterThan(50);
      assertThat(lineTop[0])
          .as("ground ahead is below the image centre")
          .isGreaterThan(decoded.getHeight() / 2);
    }
  }
}
