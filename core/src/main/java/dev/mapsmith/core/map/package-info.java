/**
 * Map primitives (id, class, polyline, attributes, review state, provenance) and immutable maps of
 * them. Values only; no I/O.
 */
package dev.mapsmith.core.map;
