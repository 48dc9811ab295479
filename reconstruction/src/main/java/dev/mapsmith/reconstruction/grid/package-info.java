/**
 * The pipeline's tiled grid and the raster masks built on it (paint, curb, morphology, components).
 * No I/O.
 */
package dev.mapsmith.reconstruction.grid;
