package dev.mapsmith.drivelog.map.opendrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeometryParserTest {

  @TempDir Path dir;

  @Test
  void everyShapeIsReadWithItsParameters() throws Exception {
    String xodr =
        """
        <OpenDRIVE><header revMajor="1" revMinor="5"/>
          <road id="1" length="40" junction="-1"><planView>
            <geometry s="0" x="0" y="0" hdg="0" length="10"><line/></geometry>
            <geometry s="10" x="10" y="0" hdg="0" length="10"><poly3 a="0" b="0" c="0.01" d="0"/></geometry>
            <geometry s="20" x="20" y="1" hdg="0.2" length="10"><paramPoly3 aU="0" bU="1" cU="0" dU="0"
                aV="0" bV="0" cV="0.5" dV="0"/></geometry>
            <geometry s="30" x="30" y="2" hdg="0.3" length="10"><spiral curvStart="0" curvEnd="0.02"/></geometry>
          </planView>
          <lanes><laneSection s="0"><center><lane id="0" type="none"/></center>
            <right><lane id="-1" type="driving"><width sOffset="0" a="3"/></lane></right>
          </laneSection></lanes></road>
        </OpenDRIVE>
        """;
    Path f = Files.writeString(dir.resolve("shapes.xodr"), xodr);
    OpenDriveMap map = OpenDriveReader.read(f);
    assertThat(map.revision()).isEqualTo("1.5");
    List<PlanGeometry> g = map.roads().get(0).planView().geometries();
    assertThat(g)
        .extracting(x -> x.getClass().getSimpleName())
        .containsExactly("LineGeometry", "Poly3Geometry", "ParamPoly3Geometry", "SpiralGeometry");
    assertThat(((Poly3Geometry) g.get(1)).v().c()).isEqualTo(0.01);
    // pRange defaults to normalized: v(p = 1) = 0.5 at the end of the 10 m piece
    ParamPoly3Geometry pp = (ParamPoly3Geometry) g.get(2);
    assertThat(pp.normalized()).isTrue();
    CurvePoint end = pp.at(10);
    assertThat(end.x()).isCloseTo(20 + Math.cos(0.2) * 1 - Math.sin(0.2) * 0.5, within(1e-9));
    assertThat(((SpiralGeometry) g.get(3)).curvEnd()).isEqualTo(0.02);
  }
}
