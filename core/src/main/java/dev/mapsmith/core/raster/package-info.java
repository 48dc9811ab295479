/**
 * Bird's-eye-view rasters: the grid, the channels, and the rasteriser that accumulates points into
 * them. No I/O.
 */
package dev.mapsmith.core.raster;
