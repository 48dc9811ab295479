package dev.mapsmith.batch;

import java.io.Serializable;

/**
 * Drive-to-drive alignment tolerances: lines are sampled every {@code stepM}; a sample pairs with
 * another drive's line of the same class within {@code searchM}; residuals beyond {@code huberM}
 * are down-weighted (Huber); a drive needs {@code minPairs} pairs to be moved at all; a direction
 * is corrected only when its standard error is at most {@code maxStdM}, counting one independent
 * observation per {@code correlationM} of line; a drive whose robust residual scale after the fit
 * exceeds {@code maxSigmaM} disagrees with the others. {@code supportM} is how near a drive's own
 * line must run to support a fused one, over {@code supportShare} of its length. {@code enabled}
 * false fuses without moving drives.
 */
public record AlignmentConfig(
    boolean enabled,
    double stepM,
    double searchM,
    double huberM,
    int minPairs,
    double maxStdM,
    double correlationM,
    double maxSigmaM,
    double supportM,
    double supportShare)
    implements Serializable {

  public static AlignmentConfig defaults() {
    return new AlignmentConfig(true, 1.0, 1.5, 0.15, 30, 0.05, 5.0, 0.3, 0.6, 0.3);
  }

  public AlignmentConfig withEnabled(boolean on) {
    return new AlignmentConfig(
        on,
        stepM,
        searchM,
        huberM,
        minPairs,
        maxStdM,
        correlationM,
        maxSigmaM,
        supportM,
        supportShare);
  }
}
