package dev.mapsmith.drivelog.map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.FuzzFiles;

/**
 * Fuzzes the Argoverse 2 map JSON reader. Only {@link DriveLogException} may come out. Seeds in
 * {@code Av2MapFuzzTestInputs/map} run as regression tests.
 */
class Av2MapFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void map(byte[] data) throws Exception {
    try {
      Av2MapReader.read(FuzzFiles.write("log_map_archive_x____PIT_city_1.json", data));
    } catch (DriveLogException expected) {
      // refused with the file and the fault
    }
  }
}
