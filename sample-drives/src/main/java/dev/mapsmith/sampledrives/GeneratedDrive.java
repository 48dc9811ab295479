package dev.mapsmith.sampledrives;

import java.nio.file.Path;

/** A generated drive: its folder (KITTI raw), sweep and point counts, and the truth map file. */
public record GeneratedDrive(Path drive, int sweeps, long points, Path truthMap) {}
