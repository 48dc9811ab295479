package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.map.Primitive;

/**
 * One instance inside a window: 100 resampled window-local points, the prediction's score and the
 * primitive it was cut from (change detection asks which primitive matched).
 */
public record ClippedLine(double[] points, double score, Primitive source) {}
