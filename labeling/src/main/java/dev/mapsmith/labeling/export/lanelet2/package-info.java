/**
 * The Lanelet2 OSM export and its reader for round trips. Writes files only through temporary names
 * moved into place.
 */
package dev.mapsmith.labeling.export.lanelet2;
