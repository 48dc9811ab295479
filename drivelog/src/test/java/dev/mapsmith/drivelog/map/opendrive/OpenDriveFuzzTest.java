package dev.mapsmith.drivelog.map.opendrive;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.FuzzFiles;
import dev.mapsmith.drivelog.map.Lanelet2Maps;

/**
 * Fuzzes the OpenDRIVE reader as {@code info} uses it: convert the {@code .xodr} to Lanelet2, then
 * read that into the lane map. Only {@link DriveLogException} may come out. Seeds in {@code
 * OpenDriveFuzzTestInputs/xodr} (written by {@code make_seeds.py}) run as regression tests.
 */
class OpenDriveFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void xodr(byte[] data) throws Exception {
    try {
      var file = FuzzFiles.write("map.xodr", data);
      OpenDriveConversion c = OpenDriveMaps.convert(file);
      Lanelet2Maps.toLaneMap(c.document(), file, c.origin());
    } catch (DriveLogException expected) {
      // refused with the file and the fault
    }
  }
}
