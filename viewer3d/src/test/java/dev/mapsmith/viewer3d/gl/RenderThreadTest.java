package dev.mapsmith.viewer3d.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RenderThreadTest {

  private RenderThread gl;

  @BeforeEach
  void start() {
    gl = RenderThread.start("test-render", true);
  }

  @AfterEach
  void stop() {
    java.util.List<String> errors = gl.debugLog().errors();
    gl.close();
    assertThat(errors).as("GL errors").isEmpty();
  }

  @Test
  void contextIsDesktopCoreWithDebugOutput() {
    assertThat(gl.description()).containsAnyOf("EGL", "GLFW");
    int[] version =
        gl.call(
            () ->
                new int[] {
                  org.lwjgl.opengl.GL11C.glGetInteger(org.lwjgl.opengl.GL30C.GL_MAJOR_VERSION),
                  org.lwjgl.opengl.GL11C.glGetInteger(org.lwjgl.opengl.GL30C.GL_MINOR_VERSION)
                });
    assertThat(version[0] * 10 + version[1]).isGreaterThanOrEqualTo(33);
    assertThat(gl.debugLog().hasCallback()).as("KHR_debug callback installed").isTrue();
  }

  @Test
  void clearedFramebufferReadsBackTheColour() {
    int[] argb =
        gl.call(
            () -> {
              try (OffscreenTarget target = new OffscreenTarget(gl.objects(), 8, 4)) {
                target.clear(1f, 0.4f, 0.2f);
                return target.readArgb();
              }
            });
    assertThat(argb).hasSize(32);
    // 0.4 * 255 = 102, 0.2 * 255 = 51; ARGB with opaque alpha.
    assertThat(argb).containsOnly(0xFF_FF_66_33);
  }

  @Test
  void aGlErrorFailsTheTaskAndIsRecorded() {
    assertThat(Boolean.getBoolean(RenderThread.FAIL_ON_ERROR))
        .as("the test setup turns on " + RenderThread.FAIL_ON_ERROR)
        .isTrue();
    var done =
        gl.submit(
            () -> {
              org.lwjgl.opengl.GL11C.glEnable(0x1234); // an invalid enum
              return "drawn";
            });
    assertThatThrownBy(done::join)
        .hasCauseInstanceOf(GlErrorException.class)
        .hasMessageContaining("GL_INVALID_ENUM");
    assertThat(gl.debugLog().errors()).isNotEmpty();
    gl.debugLog().clearForTest();
    assertThat(gl.submit(() -> "clean").join()).isEqualTo("clean");
  }

  @Test
  void liveObjectCountReturnsToBaselineAfterClose() {
    int before = gl.call(() -> gl.objects().liveCount());
    gl.run(() -> new OffscreenTarget(gl.objects(), 16, 16).close());
    assertThat(gl.call(() -> gl.objects().liveCount())).isEqualTo(before);
  }
}
