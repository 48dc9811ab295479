/** The inference benchmark (a main, run from docs/BENCHMARKS.md). Not used by the pipeline. */
package dev.mapsmith.models.bench;
