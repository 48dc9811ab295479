/**
 * The lane graph built from reconstructed lines and the drive's trajectory: lanelets with shared
 * bounds, direction, successors and neighbours, junction connectors along the drive, stop lines and
 * crosswalks as regulatory elements. Pure computation on core values; reads no files.
 */
package dev.mapsmith.reconstruction.lanegraph;
