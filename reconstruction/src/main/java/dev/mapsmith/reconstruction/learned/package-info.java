/**
 * The learned method: the network's class raster over the drives, vectorised with the classical
 * vector stage. Uses models for inference; no I/O of its own.
 */
package dev.mapsmith.reconstruction.learned;
