/** The generator benchmark (a main, run from docs/BENCHMARKS.md). */
package dev.mapsmith.sampledrives.bench;
