/**
 * The {@code DriveLog} API (metadata, trajectory, lidar sweeps, cameras, signals, clouds in a given
 * frame) and the format detector that opens a log. Readers live in sub-packages; no rendering, no
 * project files.
 */
package dev.mapsmith.drivelog;
