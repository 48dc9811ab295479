package dev.mapsmith.models;

/**
 * A diverged epoch that training recovered from: the weights went back to the last good epoch's,
 * the optimiser started afresh at a lower learning rate and the epoch ran again.
 *
 * @param epoch the epoch that diverged
 * @param skippedBatches its batches whose loss was not finite, out of {@code steps}
 * @param steps its batches
 * @param weightsFinite whether the weights were still finite at its first non-finite loss (true:
 *     the forward pass itself overflowed; false: an earlier update had already spoilt them)
 * @param learningRate the learning rate the epoch runs again at
 */
public record Backoff(
    int epoch, int skippedBatches, int steps, boolean weightsFinite, float learningRate) {}
