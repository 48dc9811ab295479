package dev.mapsmith.sampledrives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.RadarPoints;
import dev.mapsmith.drivelog.RadarSweep;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's front radar, read back by drivelog's KITTI reader (radar in the nuScenes layout):
 * one reading per frame at the frame's time, mounted at the bumper; sparse returns, none from the
 * road surface; and the Doppler velocity of every stationary return is the ego motion seen along
 * its line of sight, while its compensated velocity is near zero.
 */
class RadarReadBackTest {

  @TempDir Path tmp;

  @Test
  void radarReadingsFollowTheEgoMotionAndSkipTheRoadSurface() throws Exception {
    GenerateRequest r =
        GenerateRequest.scenario("suburb")
            .withDuration(1.2)
            .withLidar(32, false)
            .withPoseNoise(PoseNoise.NONE)
            .withThreads(1);
    GeneratedDrive g = SampleDrives.generate(r, tmp.resolve("d"), ProgressMonitor.NONE);
    try (DriveLog log = DriveLogs.openStrict(g.drive())) {
      assertThat(log.metadata().sensors()).contains("RADAR_FRONT");
      assertThat(log.radar()).hasSize(12);
      int returns = 0, stationary = 0;
      for (int k = 0; k < log.radar().size(); k++) {
        RadarSweep s = log.radar().get(k);
        assertThat(s.sensor()).isEqualTo("RADAR_FRONT");
        assertThat(s.timestampNs()).isEqualTo(log.sweeps().get(k).timestampNs());
        assertThat(s.sensorToVehicle().tx()).isEqualTo(3.0, offset(1e-6));
        double speed = speedAt(log, s.timestampNs());
        RadarPoints p = s.load();
        returns += p.size();
        assertThat(p.size()).isLessThan(182); // at most one return per ray: sparse
        for (int i = 0; i < p.size(); i++) {
          assertThat(p.rcs()[i]).as("no return from asphalt or paint").isGreaterThan(-15);
          if (!p.isStationary(i) || k == 0 || k == log.radar().size() - 1) {
            continue;
          }
          stationary++;
          double az = Math.atan2(p.y()[i], p.x()[i]);
          double radial = p.vx()[i] * Math.cos(az) + p.vy()[i] * Math.sin(az);
          // a fixed target seen from a radar moving forward at v closes at v cos(azimuth)
          assertThat(radial).isCloseTo(-speed * Math.cos(az), offset(0.6));
          assertThat(Math.hypot(p.vxComp()[i], p.vyComp()[i])).isLessThan(0.5);
        }
      }
      assertThat(returns).isGreaterThan(20);
      assertThat(stationary).isGreaterThan(10);
    }
  }

  /**
   * The vehicle's speed at {@code ns} from the trajectory (central difference over 0.1 s; interior
   * frames only).
   */
  private static double speedAt(DriveLog log, long ns) {
    RigidTransform a = log.trajectory().at(ns - 50_000_000L);
    RigidTransform b = log.trajectory().at(ns + 50_000_000L);
    return Math.hypot(b.tx() - a.tx(), b.ty() - a.ty()) / 0.1;
  }
}
