/**
 * The classical reconstruction pipeline: drives' lidar accumulated into a grid, paint and curb
 * features, lines fitted into primitives. Reads drives; writes no files.
 */
package dev.mapsmith.reconstruction;
