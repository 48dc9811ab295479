/**
 * Simulated sensors and motion: lidar, camera rendering, the rig and the vehicle's path. No I/O.
 */
package dev.mapsmith.sampledrives.sensor;
