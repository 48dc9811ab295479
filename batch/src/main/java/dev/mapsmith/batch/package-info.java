/**
 * Many drives, one map: the reconstruction library run on Apache Spark. Drives are scanned for the
 * S2 tiles they touch; each tile is reconstructed in its own local frame with a margin, its drives
 * aligned to each other and fused; the pieces are clipped to the tile and stitched across tile
 * edges into one map. The only package that may import {@code org.apache.spark} (decision 0220).
 */
package dev.mapsmith.batch;
