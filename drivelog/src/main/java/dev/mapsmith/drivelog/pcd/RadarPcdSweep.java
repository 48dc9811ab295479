package dev.mapsmith.drivelog.pcd;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.RadarPoints;
import dev.mapsmith.drivelog.RadarSweep;
import java.nio.file.Path;

/** One radar reading stored as a radar PCD file (see {@link RadarPcd}): nuScenes, simulator. */
public record RadarPcdSweep(
    int index, long timestampNs, String sensor, RigidTransform sensorToVehicle, Path file)
    implements RadarSweep {

  @Override
  public RadarPoints load() throws DriveLogException {
    return RadarPcd.read(file);
  }
}
