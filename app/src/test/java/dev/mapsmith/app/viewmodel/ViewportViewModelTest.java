package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.port.ViewportRenderer;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.viewer3d.CameraMode;
import dev.mapsmith.viewer3d.CameraState;
import dev.mapsmith.viewer3d.Frame;
import dev.mapsmith.viewer3d.PickResult;
import dev.mapsmith.viewer3d.SceneData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The viewport's render-on-demand logic, with a renderer whose frames the test completes. */
class ViewportViewModelTest {

  /** Records each render request; the test decides when (and how) each frame completes. */
  static final class FakeRenderer implements ViewportRenderer {
    record Request(SceneData scene, CameraState camera, int w, int h, CompletableFuture<Frame> f) {}

    final List<Request> requests = new ArrayList<>();
    boolean closed;

    @Override
    public CompletableFuture<Frame> render(SceneData s, CameraState c, int w, int h) {
      CompletableFuture<Frame> f = new CompletableFuture<>();
      requests.add(new Request(s, c, w, h, f));
      return f;
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
    public void close() {
      closed = true;
    }

    void finish(int i, boolean complete) {
      Request r = requests.get(i);
      r.f().complete(new Frame(r.w(), r.h(), new int[r.w() * r.h()], 0, 0, complete));
    }
  }

  private static ViewportPort port(ViewportRenderer r) {
    return new ViewportPort() {
      @Override
      public Availability availability() {
        return Availability.AVAILABLE;
      }

      @Override
      public ViewportRenderer start(int width, int height) {
        return r;
      }
    };
  }

  private static SceneData sceneWithALine() {
    Provenance prov = new Provenance("test", "1", "", List.of(), "t", Instant.EPOCH);
    Primitive p =
        new Primitive(
            1,
            MapClass.DIVIDER,
            Polyline.of(new double[] {0, 0, 0, 100, 0, 0}),
            Attributes.of("color", "white"),
            ReviewState.AUTO,
            1,
            prov);
    return SceneContent.build(List.of(), null, List.of(), List.of(p), p);
  }

  @Test
  void startsOnTheFirstSizeAndMergesChangesMadeWhileAFrameIsDrawn() {
    FakeRenderer r = new FakeRenderer();
    ViewportViewModel vm = new ViewportViewModel(port(r), Runnable::run, Runnable::run);
    assertThat(vm.statusProperty().get()).isEqualTo("starting the 3D renderer");
    vm.setSize(320, 200);
    assertThat(vm.statusProperty().get()).isEmpty();
    assertThat(r.requests).hasSize(1);

    vm.orbit(10, 0);
    vm.zoom(120);
    vm.setScene(sceneWithALine());
    assertThat(r.requests).as("one frame in flight at a time").hasSize(1);

    r.finish(0, true);
    assertThat(vm.framesProperty().get()).isEqualTo(1);
    assertThat(r.requests).as("the three changes make one more frame").hasSize(2);
    assertThat(r.requests.get(1).camera()).isEqualTo(vm.camera());
    assertThat(r.requests.get(1).scene().primitives()).hasSize(1);
    assertThat(r.requests.get(1).scene().selected()).containsExactly(1L);

    r.finish(1, true);
    assertThat(r.requests).as("nothing changed: no more frames").hasSize(2);
    assertThat(vm.settled()).isTrue();
    vm.close();
    assertThat(r.closed).isTrue();
  }

  @Test
  void anIncompleteFrameIsRefinedWhileTheCameraRests() {
    FakeRenderer r = new FakeRenderer();
    ViewportViewModel vm = new ViewportViewModel(port(r), Runnable::run, Runnable::run);
    vm.setSize(100, 100);
    r.finish(0, false);
    assertThat(vm.settled()).isFalse();
    assertThat(r.requests).hasSize(2);
    assertThat(r.requests.get(1).camera()).isEqualTo(r.requests.get(0).camera());
    r.finish(1, true);
    assertThat(r.requests).hasSize(2);
    assertThat(vm.settled()).isTrue();
  }

  @Test
  void nothingRendersWhileHiddenAndShowingRendersTheLatestStateOnce() {
    FakeRenderer r = new FakeRenderer();
    ViewportViewModel vm = new ViewportViewModel(port(r), Runnable::run, Runnable::run);
    vm.setSize(100, 100);
    r.finish(0, true);
    vm.setShown(false);
    vm.orbit(5, 5);
    vm.zoom(100);
    assertThat(r.requests).hasSize(1);
    vm.setShown(true);
    assertThat(r.requests).hasSize(2);
    assertThat(r.requests.get(1).camera()).isEqualTo(vm.camera());
    r.finish(1, true);
    assertThat(r.requests).hasSize(2);
  }

  @Test
  void aResizeRendersAtTheNewSize() {
    FakeRenderer r = new FakeRenderer();
    ViewportViewModel vm = new ViewportViewModel(port(r), Runnable::run, Runnable::run);
    vm.setSize(100, 80);
    r.finish(0, true);
    vm.setSize(640, 480);
    assertThat(r.requests.get(1).w()).isEqualTo(640);
    assertThat(r.requests.get(1).h()).isEqualTo(480);
    r.finish(1, true);
    assertThat(vm.frameProperty().get().width()).isEqualTo(640);
  }

  @Test
  void theFirstSceneIsFramedAndTopDownKeepsTheTarget() {
    FakeRenderer r = new FakeRenderer();
    ViewportViewModel vm = new ViewportViewModel(port(r), Runnable::run, Runnable::run);
    vm.setSize(400, 200);
    vm.setScene(sceneWithALine());
    assertThat(vm.camera().targetX()).isCloseTo(50, within(1e-6));
    assertThat(vm.camera().targetY()).isCloseTo(0, within(1e-6));

    vm.setMode(CameraMode.TOP);
    assertThat(vm.camera().mode()).isEqualTo(CameraMode.TOP);
    assertThat(vm.camera().targetX()).isCloseTo(50, within(1e-6));

    double before = vm.camera().targetX();
    vm.pan(-40, 0); // drag left by 40 px: the map moves left, the target moves east
    assertThat(vm.camera().targetX()).isGreaterThan(before);
  }

  @Test
  void aMissingRendererOrAFailedStartSaysWhyAndNeverRenders() {
    ViewportViewModel missing =
        new ViewportViewModel(
            ViewportPort.missing("no viewer in this build"), Runnable::run, Runnable::run);
    missing.setSize(100, 100);
    assertThat(missing.statusProperty().get()).isEqualTo("no viewer in this build");
    assertThat(missing.frameProperty().get()).isNull();

    ViewportPort failing =
        new ViewportPort() {
          @Override
          public Availability availability() {
            return Availability.AVAILABLE;
          }

          @Override
          public ViewportRenderer start(int width, int height) {
            throw new IllegalStateException("eglInitialize failed: no display");
          }
        };
    ViewportViewModel vm = new ViewportViewModel(failing, Runnable::run, Runnable::run);
    vm.setSize(100, 100);
    assertThat(vm.statusProperty().get())
        .isEqualTo("3D viewport not available: eglInitialize failed: no display");
    assertThat(vm.frameProperty().get()).isNull();
  }
}
