package dev.mapsmith.drivelog.map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.FuzzFiles;

/**
 * Fuzzes the Lanelet2 OSM reader. Only {@link DriveLogException} may come out. Seeds in {@code
 * OsmFuzzTestInputs/osm} run as regression tests, among them the one finding so far (a control
 * character in a skipped DTD).
 */
class OsmFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void osm(byte[] data) throws Exception {
    try {
      Lanelet2Maps.read(FuzzFiles.write("map.osm", data), new GeoOrigin(49, 8.4, 110));
    } catch (DriveLogException expected) {
      // refused with the file and the fault
    }
  }
}
