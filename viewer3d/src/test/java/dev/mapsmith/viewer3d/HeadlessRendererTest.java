package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.map.MapClass;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessRendererTest {

  @Test
  void writesAPngOfTheSceneFramedByFit(@TempDir Path dir) throws Exception {
    SceneData scene =
        SceneData.EMPTY
            .withClouds(List.of(TestScenes.plane(5000, 0, 0, 40, 20, 0)))
            .withPrimitives(
                List.of(TestScenes.primitive(1, MapClass.STOP_LINE, 5, 10, 0, 35, 10, 0)))
            .withGrid(5, 0, true);
    CameraState camera = HeadlessRenderer.fit(scene, CameraMode.TOP, 160, 90);
    Path out = dir.resolve("sub/view.png");
    Frame f = HeadlessRenderer.renderToPng(scene, camera, 160, 90, out);

    BufferedImage png = ImageIO.read(out.toFile());
    assertThat(png.getWidth()).isEqualTo(160);
    assertThat(png.getHeight()).isEqualTo(90);
    assertThat(png.getRGB(80, 45) | 0xFF000000).isEqualTo(f.pixel(80, 45));
    // The scene centre (20, 10) lies on the red stop line, at the image centre.
    assertThat(ViewportRenderTest.redWithin(f, 80, 45, 2)).isTrue();
    try (var files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }
}
