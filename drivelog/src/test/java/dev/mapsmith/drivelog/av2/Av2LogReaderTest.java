package dev.mapsmith.drivelog.av2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.Fixtures;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import java.nio.file.Path;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float2Vector;
import org.junit.jupiter.api.Test;

class Av2LogReaderTest {

  @Test
  void readsTheRealLog() throws Exception {
    Path log = Fixtures.require(Fixtures.AV2_LOG);
    assertThat(DriveLogs.detect(log)).isEqualTo("av2");
    try (DriveLog d = DriveLogs.open(log)) {
      assertThat(d.metadata().format()).isEqualTo("av2");
      assertThat(d.metadata().id()).isEqualTo("adcf7d18-0510-35b0-a2fa-b4cea13a6d76");
      assertThat(d.metadata().frame()).isEqualTo(new NamedLocalFrame("PIT"));
      assertThat(d.skipped()).isEmpty();
      assertThat(d.sweeps()).hasSize(1);
      LidarSweep s = d.sweeps().get(0);
      assertThat(s.timestampNs()).isEqualTo(315973157959879000L);
      assertThat(d.trajectory().poses().size()).isGreaterThan(1);
      PointCloud ego = s.load();
      assertThat(ego.size()).isGreaterThan(50_000);
      assertThat(ego.time()).isNotNull();
      double maxRange = 0;
      for (int i = 0; i < ego.size(); i++) {
        maxRange = Math.max(maxRange, Math.hypot(ego.x()[i], ego.y()[i]));
        assertThat(ego.intensity()[i]).isBetween(0f, 1f);
      }
      assertThat(maxRange).isBetween(20.0, 400.0);
      RigidTransform pose = d.trajectory().at(s.timestampNs());
      PointCloud world = s.loadInWorld(d.trajectory());
      double dx =
          world.x()[0]
              - pose.apply(new dev.mapsmith.core.geom.Point3(ego.x()[0], ego.y()[0], ego.z()[0]))
                  .x();
      assertThat(Math.abs(dx)).isLessThan(1e-3);
      // the ego pose lies in the city frame's map area (city coordinates, hundreds of metres)
      assertThat(Math.abs(pose.tx())).isGreaterThan(100);
    }
  }

  @Test
  void float16TableMatchesArrow() {
    try (var a = new RootAllocator();
        Float2Vector v = new Float2Vector("h", a)) {
      v.allocateNew(65536);
      for (int i = 0; i < 65536; i++) {
        v.set(i, (short) i);
      }
      v.setValueCount(65536);
      float[] dst = new float[65536];
      Columns.floats(Path.of("t"), v, dst, 0);
      for (int i = 0; i < 65536; i++) {
        float expected = v.getValueAsFloat(i);
        assertThat(Float.floatToIntBits(dst[i]))
            .as("half bits %04x", i)
            .isEqualTo(Float.floatToIntBits(expected));
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
