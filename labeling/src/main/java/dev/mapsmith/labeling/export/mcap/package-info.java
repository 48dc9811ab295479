/**
 * The Foxglove MCAP export of a project with its drives (clouds, images, the map as scene
 * entities). Writes files only through temporary names moved into place.
 */
package dev.mapsmith.labeling.export.mcap;
