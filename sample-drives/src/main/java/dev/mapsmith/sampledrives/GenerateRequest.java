package dev.mapsmith.sampledrives;

import dev.mapsmith.core.frame.GeoOrigin;
import java.nio.file.Path;
import java.util.List;

/**
 * What to generate. Either a built-in {@code scenario} or a Lanelet2 {@code map} file (with an
 * optional {@code origin}, default the map's centre, and an optional {@code route} of lanelet ids,
 * default the longest simple route). {@code durationS} is clipped to the route's length; {@code
 * beams} is 64 or 32; {@code lidarNoise} false turns off range noise, dropouts and intensity noise;
 * {@code threads} 0 means all cores; {@code intensityBits} 1–16 quantises lidar intensity to that
 * many bits (8 as real sensors), 0 keeps it continuous.
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
    int threads,
    int intensityBits) {

  /** A request with continuous intensity. */
  public GenerateRequest(
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
    this(scenario, map, origin, route, seed, durationS, poseNoise, beams, lidarNoise, threads, 0);
  }

  public GenerateRequest {
    route = route == null ? List.of() : List.copyOf(route);
    if ((scenario == null) == (map == null)) {
      throw new IllegalArgumentException("give either a scenario or a map, not both or neither");
    }
    if (beams != 64 && beams != 32) {
      throw new IllegalArgumentException("beams must be 64 or 32, not " + beams);
    }
    if (intensityBits < 0 || intensityBits > 16) {
      throw new IllegalArgumentException(
          "intensity bits must be 0 (continuous) to 16: " + intensityBits);
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
        scenario,
        map,
        origin,
        route,
        s,
        durationS,
        poseNoise,
        beams,
        lidarNoise,
        threads,
        intensityBits);
  }

  public GenerateRequest withDuration(double d) {
    return new GenerateRequest(
        scenario,
        map,
        origin,
        route,
        seed,
        d,
        poseNoise,
        beams,
        lidarNoise,
        threads,
        intensityBits);
  }

  public GenerateRequest withPoseNoise(PoseNoise p) {
    return new GenerateRequest(
        scenario,
        map,
        origin,
        route,
        seed,
        durationS,
        p,
        beams,
        lidarNoise,
        threads,
        intensityBits);
  }

  public GenerateRequest withLidar(int b, boolean noise) {
    return new GenerateRequest(
        scenario, map, origin, route, seed, durationS, poseNoise, b, noise, threads, intensityBits);
  }

  /** This request with intensity quantised to {@code bits} bits (0 = continuous). */
  public GenerateRequest withIntensityBits(int bits) {
    return new GenerateRequest(
        scenario, map, origin, route, seed, durationS, poseNoise, beams, lidarNoise, threads, bits);
  }

  public GenerateRequest withThreads(int t) {
    return new GenerateRequest(
        scenario,
        map,
        origin,
        route,
        seed,
        durationS,
        poseNoise,
        beams,
        lidarNoise,
        t,
        intensityBits);
  }
}
