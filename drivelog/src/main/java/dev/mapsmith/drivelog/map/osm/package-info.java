/**
 * The OSM XML layer under the Lanelet2 reader: documents of nodes, ways and relations, read and
 * written. Knows nothing of lanes.
 */
package dev.mapsmith.drivelog.map.osm;
