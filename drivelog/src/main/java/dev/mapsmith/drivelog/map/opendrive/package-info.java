/**
 * OpenDRIVE (.xodr) maps converted into Lanelet2-style lane geometry: road reference lines, lane
 * sections, boundaries and curbs. Reads only; knows nothing of projects or rendering.
 */
package dev.mapsmith.drivelog.map.opendrive;
