package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.RigidTransform;

/** The vehicle-to-world transform at one instant. */
public record TimedPose(long timestampNs, RigidTransform vehicleToWorld) {}
