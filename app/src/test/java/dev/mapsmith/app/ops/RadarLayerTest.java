package dev.mapsmith.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.RadarPoints;
import dev.mapsmith.drivelog.RadarSweep;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SimpleDriveLog;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.viewer3d.RadarReturns;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Radar readings become the viewer's layer in the world frame: the reading nearest the time per
 * radar (none when it is too far), positions through the pose at the reading's time and the mount,
 * compensated velocities rotated into the world, and the radar's own moving/stationary call kept.
 */
class RadarLayerTest {

  /** The vehicle at (100, 50) heading +y (yaw 90°), still; the radar 3 m ahead of it. */
  static final RigidTransform POSE = RigidTransform.fromEuler(0, 0, Math.PI / 2, 100, 50, 0);

  static final RigidTransform MOUNT = RigidTransform.fromEuler(0, 0, 0, 3, 0, 0.5);

  record Reading(long timestampNs, String sensor, RadarPoints points) implements RadarSweep {
    @Override
    public int index() {
      return 0;
    }

    @Override
    public RigidTransform sensorToVehicle() {
      return MOUNT;
    }

    @Override
    public RadarPoints load() {
      return points;
    }
  }

  @Test
  void readingsAreMovedIntoTheWorldWithTheirVelocityRotated() throws Exception {
    RadarPoints p = RadarPoints.allocate(2);
    p.x()[0] = 10; // 10 m ahead of the radar, driving away at 5 m/s: moving
    p.vxComp()[0] = 5;
    p.dynProp()[0] = 0;
    p.x()[1] = 20; // a guard rail 20 m ahead, 2 m to the left: stationary
    p.y()[1] = 2;
    p.rcs()[1] = 7;
    p.dynProp()[1] = 1;
    var drive =
        new SimpleDriveLog(
            new DriveMetadata("d", "test", Path.of("d"), new NamedLocalFrame("t"), 0, 2, List.of()),
            new PoseTrajectory(
                List.of(new TimedPose(0, POSE), new TimedPose(2_000_000_000L, POSE))),
            List.of(),
            List.of(),
            SignalSeries.EMPTY,
            List.of(),
            List.of(
                new Reading(1_000_000_000L, "RADAR_FRONT", p),
                new Reading(1_030_000_000L, "RADAR_FRONT", RadarPoints.EMPTY),
                new Reading(1_400_000_000L, "RADAR_BACK_LEFT", p)));
    List<RadarReturns> layers = RadarLayer.near(drive, 1_010_000_000L);
    assertThat(layers).hasSize(1); // the back radar's reading is 390 ms away
    RadarReturns r = layers.get(0);
    assertThat(r.size()).isEqualTo(2);
    // ahead of a vehicle heading +y is +y: radar at (100, 53, 0.5)
    assertThat(r.x()[0]).isCloseTo(100, within(1e-4f));
    assertThat(r.y()[0]).isCloseTo(63, within(1e-4f));
    assertThat(r.z()[0]).isCloseTo(0.5f, within(1e-4f));
    assertThat(r.vx()[0]).isCloseTo(0, within(1e-4f));
    assertThat(r.vy()[0]).isCloseTo(5, within(1e-4f));
    assertThat(r.moving()[0]).isTrue();
    assertThat(r.x()[1]).isCloseTo(98, within(1e-4f)); // 2 m left of +y is -x
    assertThat(r.y()[1]).isCloseTo(73, within(1e-4f));
    assertThat(r.rcs()[1]).isEqualTo(7);
    assertThat(r.moving()[1]).isFalse();
    assertThat(RadarLayer.near(drive, 5_000_000_000L)).isEmpty();
  }
}
