package dev.mapsmith.app.cli.benchmark;

import dev.mapsmith.reconstruction.eval.DetectionPool;

/**
 * One drive reconstructed by one method and scored: the world and seed, the method and pose-noise
 * level, the metric's detections (to pool over the suite), and where the time went.
 */
public record DriveScore(
    String world,
    long seed,
    String method,
    String poseNoise,
    DetectionPool pool,
    long inputPoints,
    double generateSeconds,
    double reconstructSeconds,
    double evaluateSeconds) {

  public double seconds() {
    return generateSeconds + reconstructSeconds + evaluateSeconds;
  }
}
