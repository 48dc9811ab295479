package dev.mapsmith.app.cli.benchmark;

import dev.mapsmith.reconstruction.eval.DetectionPool;
import dev.mapsmith.reconstruction.eval.LaneGraphScore;

/**
 * One drive reconstructed by one method and scored: the world and seed, the method and pose-noise
 * level, the metric's detections (to pool over the suite), where the time went, and the lane
 * graph's score ({@link LaneGraphScore#EMPTY} when the truth has no lanelets).
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
    double evaluateSeconds,
    LaneGraphScore laneGraph) {

  public double seconds() {
    return generateSeconds + reconstructSeconds + evaluateSeconds;
  }
}
