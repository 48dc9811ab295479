package dev.mapsmith.app.cli;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.sampledrives.GenerateRequest;
import dev.mapsmith.sampledrives.GeneratedDrive;
import dev.mapsmith.sampledrives.PoseNoise;
import dev.mapsmith.sampledrives.SampleDrives;
import dev.mapsmith.sampledrives.Scenarios;
import dev.mapsmith.sampledrives.world.change.ChangeRequest;
import dev.mapsmith.sampledrives.world.change.ChangeType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mapsmith generate}: simulates a drive (lidar, camera, OXTS, signals) in the KITTI raw
 * layout, with its ground-truth Lanelet2 map, from a built-in world (fixed scenarios and procedural
 * towns drawn from the seed) or any Lanelet2 map.
 */
@Command(
    name = "generate",
    description = "Generate a sample drive (KITTI raw layout) with its ground-truth map.")
public final class GenerateCommand extends JsonCommand {

  @Option(
      names = {"--world", "--scenario"},
      paramLabel = "NAME",
      description =
          "straight, suburb, highway, or a procedural town drawn from --seed: town (mixed) or"
              + " town:straight, town:curve, town:intersection, town:roundabout, town:merge.")
  String scenario;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed; also a town's layout (default ${DEFAULT-VALUE}).")
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

  @Option(
      names = "--map",
      paramLabel = "FILE.osm",
      description = "Drive through a Lanelet2 map (.osm) or an OpenDRIVE map (.xodr).")
  Path map;

  @Option(
      names = "--origin",
      paramLabel = "LAT,LON[,ALT]",
      description =
          "Map origin (default: map_projector_info.yaml beside the map, its .origin sidecar, else"
              + " the map's centre).")
  String origin;

  @Option(
      names = "--route",
      split = ",",
      paramLabel = "IDS",
      description = "Lanelet ids to drive, in order (default: the longest simple route).")
  List<Long> route;

  @Option(names = "--threads", defaultValue = "0", description = "Worker threads (0 = all cores).")
  int threads;

  @Option(
      names = "--intensity-bits",
      defaultValue = "0",
      paramLabel = "BITS",
      description =
          "Quantise lidar intensity to BITS bits, e.g. 8 as real sensors (default 0: continuous).")
  int intensityBits;

  @Option(
      names = "--traversals",
      defaultValue = "1",
      paramLabel = "K",
      description =
          "Drive the world K times (own route, speed, noise draws and GNSS bias each) into"
              + " DIR/traversal_NN/, with one truth map in DIR/truth/ and the batch manifest"
              + " DIR/drives.json (default ${DEFAULT-VALUE}: one drive as usual).")
  int traversals;

  @Option(
      names = "--changes",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Change the world N times: the drive and map.osm show it after, ground_truth/prior.osm"
              + " is the map before, ground_truth/changes.json lists the changes.")
  int changes;

  @Option(
      names = "--change-types",
      paramLabel = "LIST",
      description = "Comma-separated change types (default: all), e.g. line_moved,crosswalk_added.")
  String changeTypes;

  @Option(
      names = "--change-seed",
      paramLabel = "S",
      description = "Seed placing the changes (default: --seed).")
  Long changeSeed;

  @Override
  protected String name() {
    return "generate";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    if (traversals < 1) {
      throw new UsageException("--traversals must be at least 1, not " + traversals);
    }
    ChangeRequest changeRequest = changeRequest(changes, changeTypes, changeSeed, seed);
    if (traversals > 1) {
      if (changeRequest != null) {
        throw new UsageException("--traversals and --changes cannot be combined yet");
      }
      return TraversalOutput.generate(request(), traversals, out, progress);
    }
    GeneratedDrive d = SampleDrives.generate(request(), changeRequest, out, progress);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("drive", d.drive().toString());
    result.put("sweeps", d.sweeps());
    result.put("points", d.points());
    result.put("truth", d.truthMap().toString());
    if (changeRequest != null) {
      result.put("prior", d.truthMap().resolveSibling(SampleDrives.PRIOR_MAP).toString());
      result.put("changes", d.truthMap().resolveSibling(SampleDrives.CHANGES_FILE).toString());
    }
    if (d.originSource() != null) {
      result.put("origin_source", d.originSource());
      result.put("map_problems", d.mapProblems());
      d.mapProblems().forEach(p -> System.err.println("mapsmith generate: " + map + ": " + p));
    }
    return result;
  }

  /**
   * The change request of {@code --changes}/{@code --change-types}/{@code --change-seed} (null when
   * {@code count} is 0); a bad value is a usage error.
   */
  public static ChangeRequest changeRequest(int count, String types, Long changeSeed, long seed) {
    if (count == 0) {
      if (types != null || changeSeed != null) {
        throw new UsageException("--change-types and --change-seed go with --changes N");
      }
      return null;
    }
    try {
      return ChangeRequest.of(
          count, ChangeType.parseList(types), changeSeed == null ? seed : changeSeed);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private GenerateRequest request() {
    return request(
        scenario,
        map,
        origin,
        route,
        seed,
        duration,
        poseNoise,
        beams,
        !noLidarNoise,
        threads,
        intensityBits);
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
    return request(
        scenario, map, origin, route, seed, duration, poseNoise, beams, lidarNoise, threads, 0);
  }

  /** As above, with lidar intensity quantised to {@code intensityBits} bits (0 = continuous). */
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
      int threads,
      int intensityBits) {
    if ((scenario == null) == (map == null)) {
      throw new UsageException(
          "give --world NAME or --map FILE.osm; worlds: " + String.join(", ", Scenarios.names()));
    }
    if (scenario != null && !Scenarios.names().contains(scenario)) {
      throw new UsageException(
          "unknown world '"
              + scenario
              + "'; known worlds: "
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
          threads,
          intensityBits);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
