package dev.mapsmith.sampledrives.world.town;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.sampledrives.osm.OsmXmlWriter;
import dev.mapsmith.sampledrives.world.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TownDeterminismTest {

  @TempDir Path tmp;

  @Test
  void theSameSeedGivesTheSameTownAndAnotherSeedAnother() throws Exception {
    String a = written(TownWorld.scenario(TownKind.MIXED, 7), "a");
    String b = written(TownWorld.scenario(TownKind.MIXED, 7), "b");
    String c = written(TownWorld.scenario(TownKind.MIXED, 8), "c");
    assertThat(a).isEqualTo(b);
    assertThat(c).isNotEqualTo(a);
    Scenario s1 = TownWorld.scenario(TownKind.ROUNDABOUT, 3);
    Scenario s2 = TownWorld.scenario(TownKind.ROUNDABOUT, 3);
    assertThat(s1.route()).isEqualTo(s2.route());
    assertThat(s1.dressing().wear()).isEqualTo(s2.dressing().wear());
    assertThat(s1.dressing().parked()).isEqualTo(s2.dressing().parked());
    assertThat(s1.dressing().traffic().size()).isEqualTo(s2.dressing().traffic().size());
  }

  private String written(Scenario s, String name) throws Exception {
    Path f = tmp.resolve(name + ".osm");
    OsmXmlWriter.write(s.truth(), s.origin(), f);
    return Files.readString(f);
  }
}
