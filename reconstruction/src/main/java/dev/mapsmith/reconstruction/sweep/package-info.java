/** Lane lines found in single sweeps (for sparse drives) and joined across sweeps. No I/O. */
package dev.mapsmith.reconstruction.sweep;
