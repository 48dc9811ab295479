/**
 * OSM input for generated worlds: reading, checking and writing the Lanelet2 maps drives are
 * generated through.
 */
package dev.mapsmith.sampledrives.osm;
