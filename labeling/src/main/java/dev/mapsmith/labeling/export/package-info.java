/**
 * Exports of a project's map (GeoJSON, the review filter). Writes files only through temporary
 * names moved into place.
 */
package dev.mapsmith.labeling.export;
