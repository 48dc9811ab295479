package dev.mapsmith.labeling.export.training;

import dev.mapsmith.drivelog.PointCloud;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * One drive's lidar for a training set: its id and a source of point clouds already in the
 * project's world frame (e.g. each sweep's {@code loadInWorld}). The supplier may be called once.
 */
public record DriveLidar(String driveId, Supplier<Iterator<PointCloud>> worldClouds) {}
