/**
 * The Argoverse 2 sensor-log reader (feather/Arrow, LZ4). Reads only; reports broken frames as
 * skipped.
 */
package dev.mapsmith.drivelog.av2;
