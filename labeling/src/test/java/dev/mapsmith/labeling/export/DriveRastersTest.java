package dev.mapsmith.labeling.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.raster.BevChannel;
import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.labeling.export.training.DriveLidar;
import dev.mapsmith.labeling.export.training.DriveSurvey;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rasters the app shows under the map (issue 22, point 7): the export's own tiles, only those
 * that meet the asked area, with the same values as when the whole drive is rasterised.
 */
class DriveRastersTest {

  /** Five tiles of road along x (0..128 m), y 0..25.6 m, intensity rising with x. */
  private static Iterator<PointCloud> strip() {
    PointCloud c = PointCloud.allocate(256 * 51, false);
    int k = 0;
    for (int i = 0; i < 256; i++) {
      for (int j = 0; j < 51; j++) {
        c.x()[k] = (float) (0.25 + 0.5 * i);
        c.y()[k] = (float) (0.25 + 0.5 * j);
        c.z()[k] = 0.01f * j;
        c.intensity()[k] = (float) i / 256;
        k++;
      }
    }
    return List.of(c).iterator();
  }

  @Test
  void rastersOfAnAreaAreTheExportsTilesThatMeetIt() {
    DriveLidar drive = new DriveLidar("d", DriveRastersTest::strip);
    List<BevRaster> all =
        DriveSurvey.rasters(drive, new Bounds2(-1e6, -1e6, 1e6, 1e6), ProgressMonitor.NONE);
    assertThat(all).hasSize(5);
    List<BevRaster> some =
        DriveSurvey.rasters(drive, new Bounds2(30, 5, 60, 6), ProgressMonitor.NONE);
    assertThat(some).extracting(r -> r.grid().minX()).containsExactly(25.6, 51.2);
    for (BevRaster r : some) {
      assertThat(r.grid().resolution()).isEqualTo(0.1);
      assertThat(r.grid().width()).isEqualTo(256);
      BevRaster same =
          all.stream().filter(a -> a.grid().equals(r.grid())).findFirst().orElseThrow();
      for (BevChannel c : BevChannel.values()) {
        assertThat(r.channel(c)).as(c.name()).containsExactly(same.channel(c));
      }
    }
    assertThat(DriveSurvey.rasters(drive, new Bounds2(0, 100, 10, 110), ProgressMonitor.NONE))
        .as("an area without points")
        .isEmpty();
  }
}
