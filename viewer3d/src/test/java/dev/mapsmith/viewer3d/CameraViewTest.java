package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.MapClass;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameraViewTest {

  // A camera at (2, 3, 1.5) looking along world +x: its x (right) is world -y, its y (down) is
  // world -z, its z (forward) is world +x.
  static final RigidTransform CAMERA_TO_WORLD =
      RigidTransform.fromMatrix(new double[] {0, 0, 1, -1, 0, 0, 0, -1, 0}, 2, 3, 1.5);
  static final CameraIntrinsics K = new CameraIntrinsics(500, 500, 320, 240, 640, 480);

  @Test
  void knownPointProjectsOntoItsKnownPixel() {
    CameraProjector cam = new CameraProjector(K, CAMERA_TO_WORLD);
    // 10 m ahead, 1 m to the right (world y 3 - 1) and 0.5 m up: u = 320 + 500 * 1/10 = 370,
    // v = 240 - 500 * 0.5/10 = 215.
    double[] p = cam.project(new Point3(12, 2, 2.0));
    assertThat(p[0]).isCloseTo(370, within(1e-9));
    assertThat(p[1]).isCloseTo(215, within(1e-9));
    assertThat(p[2]).isCloseTo(10, within(1e-9));
    assertThat(cam.project(new Point3(-5, 3, 1.5))).as("behind the camera").isNull();
  }

  @Test
  void lidarPointsAreDrawnAtTheirPixelColouredByDepth() {
    CameraProjector cam = new CameraProjector(K, CAMERA_TO_WORLD);
    PointCloud pc =
        PointCloud.of(
            new float[] {12, 2, 2.0f, 42, 3, 1.5f, -8, 3, 1.5f}, new float[] {0.5f, 0.5f, 0.5f});
    BufferedImage img = CameraView.render(null, cam, pc, List.of());
    assertThat(img.getRGB(370, 215)).isEqualTo(CameraView.depthColor(10));
    assertThat(img.getRGB(320, 240)).isEqualTo(CameraView.depthColor(40));
    assertThat(CameraView.depthColor(10)).isNotEqualTo(CameraView.depthColor(40));
    assertThat(img.getRGB(100, 100)).isEqualTo(0xFF000000);
    int drawn = 0;
    for (int v : CameraView.argb(img)) {
      drawn += v != 0xFF000000 ? 1 : 0;
    }
    assertThat(drawn)
        .as("two visible points of 2x2 pixels; the one behind is not drawn")
        .isEqualTo(8);
  }

  @Test
  void primitivesAreProjectedOntoTheFrame() {
    CameraProjector cam = new CameraProjector(K, CAMERA_TO_WORLD);
    BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    // A stop line 10 m ahead, 0.5 m up, from 1 m right to 1 m left: u from 370 to 270 at v = 215.
    // Its second part runs behind the camera and must be clipped, not wrapped around.
    var line = TestScenes.primitive(5, MapClass.STOP_LINE, 12, 2, 2.0, 12, 4, 2.0, -20, 4, 2.0);
    BufferedImage img = CameraView.render(frame, cam, null, List.of(line));
    for (int u = 275; u <= 365; u += 10) {
      boolean red = img.getRGB(u, 215) == 0xFFFF0000 || img.getRGB(u, 214) == 0xFFFF0000;
      assertThat(red).as("red at u=%d", u).isTrue();
    }
    assertThat(img.getRGB(320, 300)).isEqualTo(0xFF000000);
  }
}
