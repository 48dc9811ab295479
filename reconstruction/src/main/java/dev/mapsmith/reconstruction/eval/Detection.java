package dev.mapsmith.reconstruction.eval;

/**
 * One prediction instance in one window, as the metric saw it: its confidence and whether it
 * matched a free truth instance within the threshold.
 */
public record Detection(double score, boolean truePositive) {}
