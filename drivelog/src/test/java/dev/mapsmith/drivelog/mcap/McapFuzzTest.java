package dev.mapsmith.drivelog.mcap;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.FuzzFiles;
import dev.mapsmith.drivelog.LidarSweep;

/**
 * Fuzzes the ROS 2 MCAP reader: opening a bag (summary, chunks, message indexes, or a linear scan),
 * decoding tf, odometry, GNSS and IMU, then loading every sweep into the world and decoding the
 * first frame of each camera. Only {@link DriveLogException} may come out; any other exception, an
 * OutOfMemoryError or a hang is a finding. Seeds in {@code McapFuzzTestInputs/bag} (bags written by
 * {@code @mcap/core} and damaged copies, see {@code make_seeds.py}) run as regression tests.
 */
class McapFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void bag(byte[] data) throws Exception {
    try (DriveLog log = Ros2BagReader.open(FuzzFiles.write("in.mcap", data), TopicMap.NONE)) {
      for (LidarSweep s : log.sweeps()) {
        try {
          s.loadInWorld(log.trajectory());
        } catch (DriveLogException expected) {
          // a damaged sweep is refused, the rest of the bag stays readable
        }
      }
      for (CameraStream c : log.cameras()) {
        for (CameraFrame f : c.frames().subList(0, Math.min(1, c.frames().size()))) {
          try {
            f.decode();
          } catch (DriveLogException expected) {
            // a damaged image is refused
          }
        }
      }
    } catch (DriveLogException expected) {
      // refused with the file, the record's offset and the fault
    }
  }
}
