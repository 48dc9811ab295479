package dev.mapsmith.sampledrives;

import dev.mapsmith.core.frame.GeoOrigin;
import java.nio.file.Path;
import java.util.List;

/**
 * What to generate. Either a built-in {@code scenario} or a Lanelet2 {@code map} file (with an
 * optional {@code origin}, default the map's centre, and an optional {@code route} of lanelet ids,
 * default the longest simple route). {@code durationS} is clipped to the route's length; {@code
 * beams} is 64 or 32; {@code lidarNoise} false turns off range noise, dropouts and intensity noise;
 * {@code threads} 0 means all cores.
 */
public record GenerateRequest(
    String scenario,
    Path map,
    GeoOrigin origin,
    List<Long> route,
    long seed,
    double durationS,
    PoseNoise poseNoise,
    int beams,
    boolean lidarNoise,
    int threads) {

  public GenerateRequest {
    route = route == null ? List.of() : List.copyOf(route);
    if ((scenario == null) == (map == null)) {
      throw new IllegalArgumentException("give either a scenario or a map, not both or neither");
    }
    if (beams != 64 && beams != 32) {
      throw new IllegalArgumentException("beams must be 64 or 32, not " + beams);
    }
    if (!(durationS > 0)) {
      throw new IllegalArgumentException("duration must be positive: " + durationS);
    }
  }

  /** A built-in scenario with defaults: seed 1, 30 s, typical pose noise, 64 beams, noise on. */
  public static GenerateRequest scenario(String name) {
    return new GenerateRequest(name, null, null, List.of(), 1, 30, PoseNoise.TYPICAL, 64, true, 0);
  }

  public GenerateRequest withSeed(long s) {
    return new GenerateRequest(
        scenario, map, origin, route, s, durationS, poseNoise, beams, lidarNoise, threads);
  }

  public GenerateRequest withDuration(double d) {
    return new GenerateRequest(
        scenario, map, origin, route, seed, d, poseNoise, beams, lidarNoise, threads);
  }

  public GenerateRequest withPoseNoise(PoseNoise p) {
    return new GenerateRequest(
        scenario, map, origin, route, seed, durationS, p, beams, lidarNoise, threads);
  }

  public GenerateRequest withLidar(int b, boolean noise) {
    return new GenerateRequest(
        scenario, map, origin, route, seed, durationS, poseNoise, b, noise, threads);
  }

  public GenerateRequest withThreads(int t) {
    return new GenerateRequest(
        scenario, map, origin, route, seed, durationS, poseNoise, beams, lidarNoise, t);
  }
}
