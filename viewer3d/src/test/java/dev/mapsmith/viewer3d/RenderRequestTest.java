package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** requestRender: merged requests, and refinement by itself while the camera rests. */
class RenderRequestTest {

  @Test
  void aRequestRefinesByItselfUntilCompleteThenStops() throws Exception {
    try (Viewport v =
        Viewport.start(
            120, 90, ViewportOptions.DEFAULTS.withPointBudget(3000).withDebugContext(true))) {
      BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
      v.setFrameListener(frames::add);
      v.setScene(
          SceneData.EMPTY.withClouds(List.of(TestScenes.plane(100_000, -200, -200, 200, 200, 0))));
      v.setCamera(CameraState.top(0, 0, 200));
      v.requestRender();

      Frame first = frames.poll(10, TimeUnit.SECONDS);
      Frame second = frames.poll(10, TimeUnit.SECONDS);
      Frame third = frames.poll(10, TimeUnit.SECONDS);
      assertThat(first.complete()).isFalse();
      assertThat(second.pointsDrawn()).isGreaterThan(first.pointsDrawn());
      assertThat(third.pointsDrawn()).isGreaterThan(second.pointsDrawn()).isLessThanOrEqualTo(3000);
      assertThat(third.complete()).isTrue();
      v.render().join(); // everything queued before this has run
      assertThat(frames).as("no frame after the complete one").isEmpty();

      // A camera move restarts refinement. The render thread is held inside the listener while
      // 20 more requests arrive: they merge into one frame.
      CountDownLatch gate = new CountDownLatch(1);
      AtomicBoolean hold = new AtomicBoolean(true);
      v.setFrameListener(
          frame -> {
            frames.add(frame);
            if (hold.getAndSet(false)) {
              try {
                gate.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
          });
      v.setCamera(CameraState.top(10, 0, 200));
      v.requestRender();
      Frame moved = frames.poll(10, TimeUnit.SECONDS);
      for (int i = 0; i < 20; i++) {
        v.requestRender();
      }
      gate.countDown();
      Frame next = frames.poll(10, TimeUnit.SECONDS);
      Frame last = frames.poll(10, TimeUnit.SECONDS);
      v.render().join();
      assertThat(moved.complete()).isFalse();
      assertThat(next.complete()).isFalse();
      assertThat(last.complete()).isTrue();
      assertThat(frames).as("20 requests merged: 3 frames in all").isEmpty();
      assertThat(v.glErrors()).isEmpty();
    }
  }

  @Test
  void closingWhileRefiningFreesEverything() throws Exception {
    Viewport v = Viewport.start(64, 48, ViewportOptions.DEFAULTS.withPointBudget(500));
    BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    v.setFrameListener(frames::add);
    v.setScene(SceneData.EMPTY.withClouds(List.of(TestScenes.plane(20_000, -50, -50, 50, 50, 0))));
    v.setCamera(CameraState.top(0, 0, 50));
    v.requestRender();
    assertThat(frames.poll(10, TimeUnit.SECONDS)).isNotNull();
    v.close(); // throws if a GL object were left alive
    v.requestRender(); // ignored after close
    assertThat(v.render()).isCompletedExceptionally();
  }
}
