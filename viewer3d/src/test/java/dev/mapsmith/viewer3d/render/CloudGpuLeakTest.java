package dev.mapsmith.viewer3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.viewer3d.PointCloud;
import dev.mapsmith.viewer3d.gl.RenderThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cloud whose upload fails leaves no GL object behind. */
class CloudGpuLeakTest {

  private RenderThread gl;

  @BeforeEach
  void start() {
    gl = RenderThread.start("test-cloud-leak", true);
  }

  @AfterEach
  void stop() {
    gl.close();
  }

  private static PointCloud cloud(int n) {
    float[] xyz = new float[3 * n];
    float[] intensity = new float[n];
    float[] time = new float[n];
    for (int i = 0; i < n; i++) {
      xyz[3 * i] = i;
      time[i] = i * 0.01f;
    }
    return PointCloud.of(xyz, intensity).withTimes(time);
  }

  @Test
  void aFailedUploadDeletesTheObjectsMadeSoFar() {
    int before = gl.call(() -> gl.objects().liveCount());
    for (String failing : new String[] {"positions", "extras"}) {
      String error =
          gl.call(
              () -> {
                try {
                  new CloudGpu(
                      gl.objects(),
                      cloud(1000),
                      step -> {
                        if (step.equals(failing)) {
                          throw new OutOfMemoryError("injected at " + step);
                        }
                      });
                  return "no failure";
                } catch (OutOfMemoryError e) {
                  return e.getMessage();
                }
              });
      assertThat(error).isEqualTo("injected at " + failing);
      assertThat(gl.call(() -> gl.objects().liveCount())).as(failing).isEqualTo(before);
    }
    // and a cloud that uploads still closes cleanly
    gl.run(() -> new CloudGpu(gl.objects(), cloud(10)).close());
    assertThat(gl.call(() -> gl.objects().liveCount())).isEqualTo(before);
  }
}
