package dev.mapsmith.models;

/** What one training epoch reached: mean training loss and validation metrics. */
public record EpochReport(
    int epoch, double trainLoss, SegmentationMetrics validation, double seconds) {}
