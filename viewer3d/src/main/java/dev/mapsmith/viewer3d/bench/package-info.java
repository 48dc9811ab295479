/** Viewer benchmarks (mains, run from docs/BENCHMARKS.md). */
package dev.mapsmith.viewer3d.bench;
