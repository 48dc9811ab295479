package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.testing.ConsoleCapture;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GuiCommandTest {

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  /** The toolkit is started the TestFX way, as in the UI tests that share this JVM. */
  @org.junit.jupiter.api.BeforeAll
  static void toolkit() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
  }

  @Test
  void screenshotWritesAPngOfTheMainWindow() throws Exception {
    Path png = dir.resolve("shot.png");
    int code =
        MapsmithCli.run("gui", "--screenshot", png.toString(), "--size", "900x600", "--json");
    assertThat(code).as(console.err()).isZero();
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(900);
    assertThat(img.getHeight()).isEqualTo(600);
    // dark theme: the window background is dark, not blank white
    int rgb = img.getRGB(450, 300) & 0xffffff;
    assertThat((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)).isLessThan(3 * 80);
    assertThat(console.out()).contains("\"width\":900").contains("\"height\":600");
  }

  @Test
  void badArgumentsAreUsageErrorsAndWriteNothing() {
    Path png = dir.resolve("never.png");
    assertThat(
            MapsmithCli.run(
                "gui", dir.resolve("missing").toString(), "--screenshot", png.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(console.err()).contains("no such file or folder").contains("missing");
    assertThat(MapsmithCli.run("gui", "--screenshot", dir.resolve("shot.jpg").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(MapsmithCli.run("gui", "--screenshot", png.toString(), "--size", "big"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(Files.exists(png)).isFalse();
  }
}
