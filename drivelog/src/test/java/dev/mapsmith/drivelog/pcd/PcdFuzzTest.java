package dev.mapsmith.drivelog.pcd;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.FuzzFiles;

/**
 * Fuzzes the PCD reader: any input either reads or fails with a {@link DriveLogException}; any
 * other exception, an OutOfMemoryError or a hang is a finding. Without {@code JAZZER_FUZZ=1} the
 * seeds in {@code PcdFuzzTestInputs/pcd} (the crafted cases of issue 17) run as regression tests.
 */
class PcdFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void pcd(byte[] data) throws Exception {
    try {
      PcdReader.read(FuzzFiles.write("in.pcd", data));
    } catch (DriveLogException expected) {
      // a clear refusal is the right answer to a broken file
    }
  }
}
