package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's front radar on the command line: {@code info} counts its readings and lists the
 * radar, and {@code render --frame N} draws the reading of that frame (top and camera views),
 * saying how many returns it drew.
 */
class RadarCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private JsonNode runJson(String... args) throws Exception {
    console.resetOut();
    int code = MapsmithCli.run(args);
    assertThat(code).as("exit code; stderr: " + console.err()).isZero();
    return JSON.readTree(console.out());
  }

  @Test
  void infoCountsRadarReadingsAndRenderDrawsTheFramesReading() throws Exception {
    Path drive = TestDrives.sharedStraight();
    JsonNode info = runJson("info", drive.toString(), "--json");
    assertThat(info.get("sensors").toString()).contains("RADAR_FRONT");
    assertThat(info.get("radar_readings").asInt()).isEqualTo(info.get("sweeps").asInt());
    int frame = 7, expected;
    try (DriveLog log = DriveLogs.open(drive)) {
      expected = log.radar().get(frame).load().size();
    }
    for (String view : new String[] {"top", "camera"}) {
      Path png = dir.resolve(view + ".png");
      JsonNode r =
          runJson(
              "render",
              drive.toString(),
              "--out",
              png.toString(),
              "--view",
              view,
              "--frame",
              String.valueOf(frame),
              "--json");
      assertThat(r.get("radar_returns").asInt()).as(view).isEqualTo(expected);
      assertThat(Files.size(png)).isPositive();
    }
  }
}
