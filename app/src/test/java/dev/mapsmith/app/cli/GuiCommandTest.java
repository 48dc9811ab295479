package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuiCommandTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  /** The toolkit is started the TestFX way, as in the UI tests that share this JVM. */
  @org.junit.jupiter.api.BeforeAll
  static void toolkit() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  @Test
  void screenshotWritesAPngOfTheMainWindow() throws Exception {
    Path png = dir.resolve("shot.png");
    int code =
        MapsmithCli.run("gui", "--screenshot", png.toString(), "--size", "900x600", "--json");
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(900);
    assertThat(img.getHeight()).isEqualTo(600);
    // dark theme: the window background is dark, not blank white
    int rgb = img.getRGB(450, 300) & 0xffffff;
    assertThat((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)).isLessThan(3 * 80);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("\"width\":900")
        .contains("\"height\":600");
  }

  @Test
  void badArgumentsAreUsageErrorsAndWriteNothing() {
    Path png = dir.resolve("never.png");
    assertThat(
            MapsmithCli.run(
                "gui", dir.resolve("missing").toString(), "--screenshot", png.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("no such file or folder")
        .contains("missing");
    assertThat(MapsmithCli.run("gui", "--screenshot", dir.resolve("shot.jpg").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(MapsmithCli.run("gui", "--screenshot", png.toString(), "--size", "big"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(Files.exists(png)).isFalse();
  }
}
