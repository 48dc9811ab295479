package dev.mapsmith.drivelog.av2;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.FuzzFiles;
import java.nio.file.Path;

/**
 * Fuzzes Arrow/feather sweeps and poses (LZ4 included) and the LZ4 frame decoder on its own. Only
 * {@link DriveLogException} (or, from the bare decoder, its {@link IllegalArgumentException}) may
 * come out. Seeds in {@code FeatherFuzzTestInputs/<method>} run as regression tests.
 */
class FeatherFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void sweep(byte[] data) throws Exception {
    Path f = FuzzFiles.write("315973157959879000.feather", data);
    try {
      Av2Sweep s = new Av2Sweep(0, 0, f);
      s.pointCount();
      s.load();
    } catch (DriveLogException expected) {
      // refused with the file and the fault
    }
    try {
      Av2LogReader.readPoses(f);
    } catch (DriveLogException expected) {
      // refused with the file and the fault
    }
  }

  @FuzzTest(maxDuration = "10m")
  void lz4(byte[] data) {
    if (data.length < 3) {
      return;
    }
    int declared = ((data[0] & 0xff) << 8 | (data[1] & 0xff)) * 16;
    try {
      Lz4Frame.decode(data, 2, data.length, new byte[declared]);
    } catch (IllegalArgumentException expected) {
      // a fault with its byte offset
    }
  }
}
