package dev.mapsmith.drivelog.map.opendrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.DriveLogException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenDriveBadInputTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private static String road(String id, String shape) {
    return "<road id=\""
        + id
        + "\" length=\"10\" junction=\"-1\"><planView>"
        + "<geometry s=\"0\" x=\"0\" y=\"0\" hdg=\"0\" length=\"5\"><line/></geometry>"
        + "<geometry s=\"5\" x=\"5\" y=\"0\" hdg=\"0\" length=\"5\">"
        + shape
        + "</geometry></planView><lanes><laneSection s=\"0\"><center><lane id=\"0\" type=\"none\"/>"
        + "</center><right><lane id=\"-1\" type=\"driving\"><width sOffset=\"0\" a=\"3\"/></lane>"
        + "</right></laneSection></lanes></road>";
  }

  @Test
  void aFileThatIsNotXmlIsRefusedNamingTheFileAndLine() throws Exception {
    Path f = write("town.xodr", "this is not xml\n");
    assertThatThrownBy(() -> OpenDriveMaps.convert(f))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("town.xodr")
        .hasMessageContaining("line 1")
        .hasMessageContaining("not well-formed XML");
  }

  @Test
  void anXmlFileThatIsNotOpenDriveIsRefused() throws Exception {
    Path f = write("map.xodr", "<?xml version=\"1.0\"?><osm version=\"0.6\"/>");
    assertThatThrownBy(() -> OpenDriveMaps.convert(f))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("map.xodr")
        .hasMessageContaining("root element is <osm>, not <OpenDRIVE>");
  }

  @Test
  void anUnknownGeometryNamesTheRoadTheSAndTheElement() throws Exception {
    Path f = write("one.xodr", "<OpenDRIVE><header/>" + road("7", "<clothoid2/>") + "</OpenDRIVE>");
    assertThatThrownBy(() -> OpenDriveMaps.convert(f))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("one.xodr")
        .hasMessageContaining("road 7")
        .hasMessageContaining("<geometry s=5.0>")
        .hasMessageContaining("unknown geometry <clothoid2>");
  }

  @Test
  void aRoadWithAnUnknownGeometryIsSkippedWithAProblemWhenOthersAreUsable() throws Exception {
    Path f =
        write(
            "two.xodr",
            "<OpenDRIVE><header/>"
                + road("1", "<arc curvature=\"0.01\"/>")
                + road("2", "<cubicSpline/>")
                + "</OpenDRIVE>");
    OpenDriveConversion c = OpenDriveMaps.convert(f);
    assertThat(c.lanelets()).isEqualTo(1);
    assertThat(c.problems())
        .singleElement()
        .asString()
        .contains("road 2", "<geometry s=5.0>", "unknown geometry <cubicSpline>", "skipped");
  }

  @Test
  void unknownElementsAreSkippedWithAWarningNamingTheRoad() throws Exception {
    String text = road("3", "<line/>").replace("<planView>", "<teleporter/><planView>");
    OpenDriveConversion c =
        OpenDriveMaps.convert(write("w.xodr", "<OpenDRIVE><header/>" + text + "</OpenDRIVE>"));
    assertThat(c.lanelets()).isEqualTo(1);
    assertThat(c.problems()).singleElement().asString().contains("road 3", "<teleporter>");
  }

  @Test
  void aDoctypeWithAnExternalEntityIsRefusedUnread() throws Exception {
    Path secret = write("secret.txt", "secret");
    Path f =
        write(
            "xxe.xodr",
            "<?xml version=\"1.0\"?><!DOCTYPE OpenDRIVE [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]><OpenDRIVE><header name=\"&x;\"/></OpenDRIVE>");
    assertThatThrownBy(() -> OpenDriveMaps.convert(f))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("xxe.xodr")
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("secret");
  }

  @Test
  void aMissingFileIsNamed() {
    Path f = dir.resolve("gone.xodr");
    assertThatThrownBy(() -> OpenDriveMaps.convert(f))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("gone.xodr")
        .hasMessageContaining("no such file");
  }

  @Test
  void aGeometryTooTightlyCurvedForARoadIsRefusedWithinTheBudget() throws Exception {
    // found by OpenDriveFuzzTest: an arc of radius 1.4 micrometres along 92 m sampled to the
    // millimetre, hundreds of thousands of nodes from 700 bytes (OutOfMemoryError in 192 MB)
    Path f =
        write(
            "tight.xodr",
            "<OpenDRIVE><header/>"
                + road("9", "<arc curvature=\"692501\"/>")
                    .replace("length=\"10\"", "length=\"97\"")
                    .replace(
                        "x=\"5\" y=\"0\" hdg=\"0\" length=\"5\"",
                        "x=\"5\" y=\"0\" hdg=\"0\" length=\"1e300\"")
                + "</OpenDRIVE>");
    String before = System.getProperty(dev.mapsmith.drivelog.InputFiles.BUDGET_PROPERTY);
    System.setProperty(dev.mapsmith.drivelog.InputFiles.BUDGET_PROPERTY, "16");
    try {
      assertThatThrownBy(() -> OpenDriveMaps.convert(f))
          .isInstanceOf(DriveLogException.class)
          .hasMessageContaining("tight.xodr")
          .hasMessageContaining("road 9")
          .hasMessageContaining("more than 8192 points")
          .hasMessageContaining("per-file memory budget of 16 MiB");
    } finally {
      if (before == null) {
        System.clearProperty(dev.mapsmith.drivelog.InputFiles.BUDGET_PROPERTY);
      } else {
        System.setProperty(dev.mapsmith.drivelog.InputFiles.BUDGET_PROPERTY, before);
      }
    }
  }
}
