package dev.mapsmith.app.cli;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.sampledrives.GenerateRequest;
import dev.mapsmith.sampledrives.GeneratedDrive;
import dev.mapsmith.sampledrives.PoseNoise;
import dev.mapsmith.sampledrives.SampleDrives;
import dev.mapsmith.sampledrives.Scenarios;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mapsmith generate}: simulates a drive (lidar, camera, OXTS, signals) in the KITTI raw
 * layout, with its ground-truth Lanelet2 map, from a built-in scenario or any Lanelet2 map.
 */
@Command(
    name = "generate",
    description = "Generate a sample drive (KITTI raw layout) with its ground-truth map.")
public final class GenerateCommand extends JsonCommand {

  @Option(names = "--scenario", paramLabel = "NAME", description = "straight, suburb or highway.")
  String scenario;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--duration",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description = "Drive length, clipped to the route (default ${DEFAULT-VALUE}).")
  double duration;

  @Option(
      names = "--pose-noise",
      defaultValue = "typical",
      paramLabel = "LEVEL",
      description = "none, typical or poor: GNSS/IMU error in the OXTS records.")
  String poseNoise;

  @Option(names = "--beams", defaultValue = "64", description = "Lidar beams: 64 or 32.")
  int beams;

  @Option(names = "--no-lidar-noise", description = "No range noise, dropouts or intensity noise.")
  boolean noLidarNoise;

  @Option(names = "--map", paramLabel = "FILE.osm", description = "Drive through a Lanelet2 map.")
  Path map;

  @Option(
      names = "--origin",
      paramLabel = "LAT,LON",
      description = "Map origin (default: its centre).")
  String origin;

  @Option(
      names = "--route",
      split = ",",
      paramLabel = "IDS",
      description = "Lanelet ids to drive, in order (default: the longest simple route).")
  List<Long> route;

  @Option(names = "--threads", defaultValue = "0", description = "Worker threads (0 = all cores).")
  int threads;

  @Override
  protected String name() {
    return "generate";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    GenerateRequest request = request();
    GeneratedDrive d = SampleDrives.generate(request, out, progress);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("drive", d.drive().toString());
    result.put("sweeps", d.sweeps());
    result.put("points", d.points());
    result.put("truth", d.truthMap().toString());
    return result;
  }

  private GenerateRequest request() {
    return request(
        scenario, map, origin, route, seed, duration, poseNoise, beams, !noLidarNoise, threads);
  }

  /**
   * The request {@code mapsmith generate} makes from its options (a bad combination is a usage
   * error); {@code mapsmith benchmark} builds each suite drive's request here too.
   */
  public static GenerateRequest request(
      String scenario,
      Path map,
      String origin,
      List<Long> route,
      long seed,
      double duration,
      String poseNoise,
      int beams,
      boolean lidarNoise,
      int threads) {
    if ((scenario == null) == (map == null)) {
      throw new UsageException(
          "give --scenario NAME or --map FILE.osm; scenarios: "
              + String.join(", ", Scenarios.names()));
    }
    if (scenario != null && !Scenarios.names().contains(scenario)) {
      throw new UsageException(
          "unknown scenario '"
              + scenario
              + "'; known scenarios: "
              + String.join(", ", Scenarios.names()));
    }
    if (map == null && (origin != null || (route != null && !route.isEmpty()))) {
      throw new UsageException("--origin and --route go with --map");
    }
    try {
      return new GenerateRequest(
          scenario,
          map,
          origin == null ? null : GeoOrigin.parse(origin),
          route == null ? List.of() : new ArrayList<>(route),
          seed,
          duration,
          PoseNoise.fromKey(poseNoise),
          beams,
          lidarNoise,
          threads);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
