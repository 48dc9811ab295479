package dev.mapsmith.models;

/**
 * What one training epoch reached: mean training loss over the batches that were used, the
 * validation metrics, the learning rate it ran at and how many batches were skipped because their
 * loss was not finite.
 */
public record EpochReport(
    int epoch,
    double trainLoss,
    SegmentationMetrics validation,
    double seconds,
    float learningRate,
    int skippedBatches) {}
