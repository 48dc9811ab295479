package dev.mapsmith.drivelog.kitti;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.FuzzFiles;
import dev.mapsmith.drivelog.InputFiles;
import java.nio.file.Path;

/**
 * Fuzzes the KITTI readers: a {@code .bin} sweep, an OXTS record, a timestamps file and a
 * calibration file. Only {@link DriveLogException} may come out. Seeds in {@code
 * KittiFuzzTestInputs/<method>} run as regression tests without {@code JAZZER_FUZZ=1}.
 */
class KittiFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void bin(byte[] data) throws Exception {
    Path f = FuzzFiles.write("0000000000.bin", data);
    try {
      new KittiBinSweep(0, 0, f, RigidTransform.IDENTITY).load();
    } catch (DriveLogException expected) {
      // refused with the file and the fault
    }
  }

  @FuzzTest(maxDuration = "10m")
  void oxts(byte[] data) throws Exception {
    Path f = FuzzFiles.write("0000000000.txt", data);
    try {
      var lines = InputFiles.readLines(f, 1 << 16, "an OXTS record");
      OxtsRecord.parse(f, lines.isEmpty() ? "" : lines.get(0));
    } catch (DriveLogException expected) {
      // refused with the file and the fault
    }
  }

  @FuzzTest(maxDuration = "10m")
  void textFiles(byte[] data) throws Exception {
    Path f = FuzzFiles.write("timestamps.txt", data);
    try {
      KittiTimestamps.read(f);
    } catch (DriveLogException expected) {
      // refused with the file and the fault
    }
    try {
      KittiCalibFile.read(f);
    } catch (DriveLogException expected) {
      // refused with the file and the fault
    }
  }
}
