/** Sweep-to-map alignment (small shifts that undo pose noise) for the accumulation. No I/O. */
package dev.mapsmith.reconstruction.align;
