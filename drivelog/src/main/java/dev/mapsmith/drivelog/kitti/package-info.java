/**
 * The KITTI raw reader (velodyne .bin, OXTS, calibration). Reads only; reports broken frames as
 * skipped.
 */
package dev.mapsmith.drivelog.kitti;
