/**
 * The PCL .pcd reader (ASCII, binary, binary_compressed) and the one-cloud drive it makes. Reads
 * only.
 */
package dev.mapsmith.drivelog.pcd;
