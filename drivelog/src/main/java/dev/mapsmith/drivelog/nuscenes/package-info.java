/**
 * The nuScenes reader: lidar, radar and camera sweeps and ego poses of one scene as a DriveLog.
 * Reads only.
 */
package dev.mapsmith.drivelog.nuscenes;
