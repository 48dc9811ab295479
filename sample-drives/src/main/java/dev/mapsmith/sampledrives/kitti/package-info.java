/**
 * Writers of the KITTI raw layout (velodyne frames, OXTS, timestamps, calibration) for generated
 * drives.
 */
package dev.mapsmith.sampledrives.kitti;
