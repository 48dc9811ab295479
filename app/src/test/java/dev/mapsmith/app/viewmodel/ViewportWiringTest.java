package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.port.Services;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.viewer3d.CameraMode;
import dev.mapsmith.viewer3d.Frame;
import dev.mapsmith.viewer3d.PickResult;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The wired viewport renders for real (viewer3d on Mesa llvmpipe, EGL surfaceless): frames arrive
 * through the UI executor, a primitive shows up in the image and picking finds it.
 */
class ViewportWiringTest {

  @Test
  void rendersAPrimitiveAndPicksIt() throws Exception {
    BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    ViewportViewModel vm =
        new ViewportViewModel(Services.wired().viewport(), Runnable::run, ui::add);
    try {
      vm.setSize(200, 100);
      Provenance prov = new Provenance("test", "1", "", List.of(), "t", Instant.EPOCH);
      Primitive line =
          new Primitive(
              7,
              MapClass.STOP_LINE,
              Polyline.of(new double[] {-30, 0, 0, 30, 0, 0}),
              Attributes.of(),
              ReviewState.AUTO,
              1,
              prov);
      vm.setScene(SceneContent.build(List.of(), null, List.of(), List.of(line), null));
      vm.setMode(CameraMode.TOP);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!vm.settled() && System.nanoTime() < deadline) {
        Runnable r = ui.poll(100, TimeUnit.MILLISECONDS);
        if (r != null) {
          r.run();
        }
      }
      assertThat(vm.statusProperty().get()).isEmpty();
      assertThat(vm.settled()).isTrue();
      Frame f = vm.frameProperty().get();
      assertThat(f.width()).isEqualTo(200);
      int background = f.pixel(100, 10);
      int middle = f.pixel(100, 50);
      assertThat(middle).as("the stop line is drawn across the middle").isNotEqualTo(background);

      var picked = vm.pick(100, 50);
      while (!picked.isDone()) {
        Runnable r = ui.poll(5, TimeUnit.SECONDS);
        if (r != null) {
          r.run();
        }
      }
      assertThat(picked.get().kind()).isIn(PickResult.Kind.PRIMITIVE, PickResult.Kind.VERTEX);
      assertThat(picked.get().primitiveId()).isEqualTo(7);
    } finally {
      vm.close();
    }
  }
}
