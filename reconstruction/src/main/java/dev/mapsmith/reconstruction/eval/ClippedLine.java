package dev.mapsmith.reconstruction.eval;

/** One instance inside a window: 100 resampled window-local points and the prediction's score. */
record ClippedLine(double[] points, double score) {}
