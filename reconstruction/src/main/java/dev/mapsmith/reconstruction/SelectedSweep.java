package dev.mapsmith.reconstruction;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.LidarSweep;

/**
 * A sweep chosen for an area: its drive's index, the sweep, its vehicle pose in the output frame
 * and the drive-to-output bridge.
 */
record SelectedSweep(int drive, LidarSweep sweep, RigidTransform pose, RigidTransform bridge) {}
