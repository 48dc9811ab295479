package dev.mapsmith.drivelog.nuscenes;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.FuzzFiles;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.RadarSweep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the nuScenes JSON tables: the input is the seven tables (scene, sample, sample_data,
 * ego_pose, calibrated_sensor, sensor, log, in that order) separated by NUL bytes, written into a
 * data root whose sweep and radar files are those of {@link TinyNuScenes}; the reader opens the
 * first scene and loads every sweep and radar reading. Only {@link DriveLogException} may come out.
 * Seeds in {@code NuScenesFuzzTestInputs/tables} run as regression tests.
 */
class NuScenesFuzzTest {

  private static final Path ROOT = root();

  private static Path root() {
    try {
      Path r = Files.createDirectories(FuzzFiles.dir().resolve("nuscenes"));
      TinyNuScenes.write(r, false);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void tables(byte[] data) throws Exception {
    String[] parts = new String(data, StandardCharsets.UTF_8).split("\0", -1);
    for (int i = 0; i < NuScenesTables.NAMES.length; i++) {
      Files.writeString(
          ROOT.resolve("v1.0-mini").resolve(NuScenesTables.NAMES[i] + ".json"),
          i < parts.length ? parts[i] : "");
    }
    try (DriveLog log = NuScenesReader.open(ROOT)) {
      for (LidarSweep s : log.sweeps()) {
        s.loadInWorld(log.trajectory());
      }
      for (RadarSweep r : log.radar()) {
        r.load();
      }
    } catch (DriveLogException expected) {
      // refused with the table, the token and the fault
    }
  }
}
