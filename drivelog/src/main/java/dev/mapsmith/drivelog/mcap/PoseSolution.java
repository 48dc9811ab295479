package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.PoseTrajectory;

/**
 * Where the vehicle was: its trajectory in {@code frame}, the lidar-to-vehicle mount, which source
 * gave it ({@code tf}, {@code odometry}, {@code gnss+imu}, {@code gnss} or {@code none}) and the tf
 * frame names used ({@code world} and {@code vehicle}).
 */
record PoseSolution(
    PoseTrajectory trajectory,
    RigidTransform lidarToVehicle,
    FrameOfReference frame,
    String source,
    String world,
    String vehicle) {}
