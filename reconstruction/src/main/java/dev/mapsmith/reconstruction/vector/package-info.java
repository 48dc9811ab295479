/**
 * The vector stage shared by both methods: blobs, chaining, joining, fitting polylines. Works on
 * rasters and chains only; no I/O.
 */
package dev.mapsmith.reconstruction.vector;
