package dev.mapsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.gui.AppContext;
import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.DemoDrivePort;
import dev.mapsmith.app.port.ReconstructionPort;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.port.ViewportRenderer;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.viewer3d.CameraState;
import dev.mapsmith.viewer3d.Frame;
import dev.mapsmith.viewer3d.PickResult;
import dev.mapsmith.viewer3d.SceneData;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On a high-DPI window the 3D view is rendered in device pixels and shown at layout size. */
@ExtendWith(ApplicationExtension.class)
class HighDpiViewportFxTest {

  /** Sizes the renderer was asked for; frames complete at once, blank. */
  private final List<int[]> sizes = new CopyOnWriteArrayList<>();

  private AppContext ctx;

  @Start
  void start(Stage stage) throws Exception {
    ViewportRenderer renderer =
        new ViewportRenderer() {
          @Override
          public CompletableFuture<Frame> render(SceneData s, CameraState c, int w, int h) {
            sizes.add(new int[] {w, h});
            return CompletableFuture.completedFuture(new Frame(w, h, new int[w * h], 0, 0, true));
          }

          @Override
          public CompletableFuture<PickResult> pick(int x, int y) {
            return CompletableFuture.completedFuture(PickResult.NOTHING);
          }

          @Override
          public String description() {
            return "fake";
          }

          @Override
          public void close() {}
        };
    ViewportPort port =
        new ViewportPort() {
          @Override
          public Availability availability() {
            return Availability.AVAILABLE;
          }

          @Override
          public ViewportRenderer start(int width, int height) {
            return renderer;
          }
        };
    Services services =
        new Services(
            TestDrives.opener(5),
            DemoDrivePort.missing("no demo in this test"),
            port,
            Availability.missing("no projects in this test"),
            ReconstructionPort.missing("no reconstruction in this test"));
    ctx = new AppContext(services, AppPreferences.load(Files.createTempDirectory("prefs")), false);
    ctx.window().setDialogsEnabled(false);
    stage.setScene(ctx.window().createScene(1000, 700));
    stage.show();
    stage.setRenderScaleX(2);
    stage.setRenderScaleY(2);
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(ctx::close).get(5, TimeUnit.SECONDS);
  }

  @Test
  void rendersTwiceTheLayoutSizeAndShowsItAtLayoutSize(FxRobot robot) throws Exception {
    Region viewport = robot.lookup("#viewport").queryAs(Region.class);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> !sizes.isEmpty() && sizes.get(sizes.size() - 1)[0] > viewport.getWidth() * 1.5);
    WaitForAsyncUtils.waitForFxEvents();
    int[] last = sizes.get(sizes.size() - 1);
    assertThat(last[0]).isEqualTo((int) Math.floor(viewport.getWidth() * 2));
    assertThat(last[1]).isEqualTo((int) Math.floor(viewport.getHeight() * 2));
    ImageView image = robot.lookup("#viewport-image").queryAs(ImageView.class);
    assertThat(image.getImage().getWidth()).isEqualTo(last[0]);
    assertThat(image.getFitWidth()).isEqualTo(last[0] / 2.0);
    assertThat(image.getFitHeight()).isEqualTo(last[1] / 2.0);
  }
}
