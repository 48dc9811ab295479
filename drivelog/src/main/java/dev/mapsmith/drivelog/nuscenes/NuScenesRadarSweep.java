package dev.mapsmith.drivelog.nuscenes;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.RadarPoints;
import dev.mapsmith.drivelog.RadarSweep;
import java.nio.file.Path;

/** One {@code RADAR_*} reading of a nuScenes scene (see {@link RadarPcd}). */
record NuScenesRadarSweep(
    int index, long timestampNs, String sensor, RigidTransform sensorToVehicle, Path file)
    implements RadarSweep {

  @Override
  public RadarPoints load() throws DriveLogException {
    return RadarPcd.read(file);
  }
}
