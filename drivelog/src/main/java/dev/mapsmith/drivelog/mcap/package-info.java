/**
 * The MCAP reader and the ROS 2 bag drive log built on it: container records, chunks and indexes,
 * and sweeps, cameras, poses and signals taken from the bag's topics. Reads only; broken records
 * are reported, not fatal.
 */
package dev.mapsmith.drivelog.mcap;
