/**
 * Readers of ground-truth and HD maps (Lanelet2, Argoverse 2) into core primitives, with their
 * origins. Reads only.
 */
package dev.mapsmith.drivelog.map;
