package dev.mapsmith.drivelog.pcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.drivelog.RadarPoints;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the simulator writes in the nuScenes radar layout reads back through {@link RadarPcd}. */
class RadarPcdWriterTest {

  @TempDir Path dir;

  @Test
  void everyFieldReadsBackAndStoppedReturnsAreFilteredLikeTheDevkit() throws Exception {
    RadarPoints p = RadarPoints.allocate(3);
    float[][] cols = {p.x(), p.y(), p.z(), p.rcs(), p.vx(), p.vy(), p.vxComp(), p.vyComp()};
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < cols.length; k++) {
        cols[k][i] = 10 * i + k + 0.25f * (k % 3) - (k == 3 ? 20 : 0);
      }
    }
    p.dynProp()[0] = 0; // moving
    p.dynProp()[1] = 1; // stationary
    p.dynProp()[2] = 7; // stopped: the devkit's default filter drops it
    Path f = Files.write(dir.resolve("r.pcd"), RadarPcdWriter.bytes(p));
    RadarPoints back = RadarPcd.read(f);
    assertThat(back.size()).isEqualTo(2);
    float[][] got = {
      back.x(), back.y(), back.z(), back.rcs(), back.vx(), back.vy(), back.vxComp(), back.vyComp()
    };
    for (int i = 0; i < 2; i++) {
      for (int k = 0; k < cols.length; k++) {
        assertThat(got[k][i]).as("field %d of return %d", k, i).isEqualTo(cols[k][i]);
      }
    }
    assertThat(back.isMoving(0)).isTrue();
    assertThat(back.isStationary(1)).isTrue();
    assertThat(
            RadarPcd.read(
                    Files.write(dir.resolve("e.pcd"), RadarPcdWriter.bytes(RadarPoints.EMPTY)))
                .size())
        .isZero();
  }
}
