package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.RigidTransform;

/** One radar sweep; its returns load on demand, in the sensor frame. */
public interface RadarSweep {

  int index();

  long timestampNs();

  /** The radar's name, e.g. {@code RADAR_FRONT}. */
  String sensor();

  RigidTransform sensorToVehicle();

  RadarPoints load() throws DriveLogException;
}
