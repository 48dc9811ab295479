package dev.mapsmith.sampledrives;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One drive through a world that is driven several times: its index (0 drives the world's own
 * route, the others a random route), the seed of its draws (route, surroundings, lidar and pose
 * noise), a speed factor (so traffic meets it elsewhere) and the constant GNSS bias (m) its OXTS
 * positions carry.
 */
public record Traversal(int index, long drawSeed, double speedFactor, double biasX, double biasY) {

  /**
   * {@code count} traversals of the world of seed {@code worldSeed}: draw seeds derived from it,
   * speed factors in [0.85, 1.15] and a GNSS bias of standard deviation {@code biasSigmaM} per axis
   * (the receiver's reported accuracy for the pose-noise level).
   */
  public static List<Traversal> draw(long worldSeed, int count, double biasSigmaM) {
    if (count < 1) {
      throw new IllegalArgumentException("traversals must be at least 1: " + count);
    }
    SplittableRandom rng = new SplittableRandom(worldSeed * 0x2545F4914F6CDD1DL + 17);
    List<Traversal> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      long draw = Math.floorMod(worldSeed * 100 + 1 + k + rng.nextInt(1000) * 10_000L, 1L << 40);
      out.add(
          new Traversal(
              k,
              draw,
              0.85 + 0.3 * rng.nextDouble(),
              biasSigmaM * rng.nextGaussian(),
              biasSigmaM * rng.nextGaussian()));
    }
    return List.copyOf(out);
  }
}
