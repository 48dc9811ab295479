package dev.mapsmith.reconstruction.vector;

/**
 * How fragments join into lines: the largest gap between their ends (m), the largest angle between
 * their directions (degrees), and the lateral tolerance (m at zero gap, plus {@code
 * lateralPerMetre} for each metre of gap).
 */
public record ChainConfig(
    double maxGap, double maxAngleDeg, double lateral, double lateralPerMetre) {}
