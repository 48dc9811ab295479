package dev.mapsmith.app.cli.benchmark;

import java.nio.file.Path;

/**
 * One suite drive on disk: its folder and truth map, and whether this run generated it (taking
 * {@code generateSeconds}) or found it in the cache.
 */
public record BenchDrive(Path drive, Path truth, boolean generated, double generateSeconds) {}
