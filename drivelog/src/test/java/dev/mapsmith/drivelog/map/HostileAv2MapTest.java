package dev.mapsmith.drivelog.map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.HostileFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad values in an Argoverse 2 map (issue 17) are refused, not read as numbers. */
class HostileAv2MapTest {

  @TempDir Path dir;

  @Test
  void trueIsNoCoordinate() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("log_map_archive_x____PIT_city_1.json"),
            "{\"lane_segments\": {\"1\": {\"left_lane_mark_type\": \"SOLID_WHITE\","
                + " \"right_lane_mark_type\": \"NONE\", \"left_lane_boundary\": [{\"x\": 0,"
                + " \"y\": 0, \"z\": 0}, {\"x\": true, \"y\": 0, \"z\": 0}],"
                + " \"right_lane_boundary\": []}}}");
    assertThatThrownBy(() -> Av2MapReader.read(f))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("lane_segments.1.left_lane_boundary[1]")
        .hasMessageContaining("\"x\":true");
  }

  @Test
  void aNamedPipeInsteadOfAMapIsRefusedAtOnce() throws Exception {
    Path fifo = HostileFiles.fifo(dir.resolve("log_map_archive_x____PIT_city_1.json"));
    HostileFiles.within(
        5, () -> assertThatThrownBy(() -> Av2MapReader.read(fifo)).hasMessageContaining("pipe"));
  }
}
