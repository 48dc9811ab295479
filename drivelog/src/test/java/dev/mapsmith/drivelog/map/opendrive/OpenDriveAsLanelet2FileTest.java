package dev.mapsmith.drivelog.map.opendrive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.drivelog.map.Lanelet2File;
import dev.mapsmith.drivelog.map.MapOrigin;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every command that takes a Lanelet2 map takes an OpenDRIVE file through {@link
 * Lanelet2File#load}: converted, anchored at the file's own origin unless one is given.
 */
class OpenDriveAsLanelet2FileTest {

  @Test
  void anOpenDriveFileLoadsAsALanelet2MapAtItsOwnOrigin() throws Exception {
    Path xodr = OpenDriveWorlds.file("esmini-fabriksgatan.xodr");
    OpenDriveConversion c = OpenDriveMaps.convert(xodr);
    Lanelet2File map = Lanelet2File.load(xodr, null);
    assertThat(map.origin().source()).isEqualTo(MapOrigin.Source.OPENDRIVE);
    assertThat(map.origin().origin()).isEqualTo(c.origin());
    assertThat(map.map().relations()).hasSize(c.document().relations().size());
    assertThat(map.problems()).isEmpty();
  }

  @Test
  void aGivenOriginAnchorsTheSameLocalGeometry() throws Exception {
    Path xodr = OpenDriveWorlds.file("esmini-fabriksgatan.xodr");
    GeoOrigin elsewhere = new GeoOrigin(48.0, 11.0, 500);
    Lanelet2File map = Lanelet2File.load(xodr, elsewhere);
    assertThat(map.origin().source()).isEqualTo(MapOrigin.Source.OPTION);
    assertThat(map.origin().origin()).isEqualTo(elsewhere);
    assertThat(map.map().ways()).hasSize(Lanelet2File.load(xodr, null).map().ways().size());
  }
}
