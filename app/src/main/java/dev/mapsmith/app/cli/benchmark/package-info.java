/**
 * {@code mapsmith benchmark}: benchmark suites of generated worlds, their runs per method, pooled
 * scores and the JSON and Markdown reports. Command-line only; no JavaFX.
 */
package dev.mapsmith.app.cli.benchmark;
