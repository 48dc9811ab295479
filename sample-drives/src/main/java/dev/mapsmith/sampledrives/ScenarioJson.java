package dev.mapsmith.sampledrives;

import dev.mapsmith.sampledrives.sensor.LidarModel;
import dev.mapsmith.sampledrives.sensor.Rig;
import dev.mapsmith.sampledrives.world.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes scenario.json: every parameter that made the drive, the seed included. */
final class ScenarioJson {

  private ScenarioJson() {}

  static void write(
      Path file,
      GenerateRequest r,
      Scenario s,
      LidarModel lidar,
      double duration,
      int sweeps,
      long points,
      double routeLength)
      throws IOException {
    String route = s.route().stream().map(String::valueOf).collect(Collectors.joining(", "));
    double[] e = lidar.elevationsDeg();
    String json =
        String.format(
            Locale.ROOT,
            """
            {
              "scenario": "%s",
              "layouts": [%s],
              "dressing": {"worn_or_faded_paint": %d, "ground_patches": %d, "parked_cars": %d,
                "moving_cars": %d},
              "map_file": %s,
              "seed": %d,
              "requested_duration_s": %.3f,
              "duration_s": %.3f,
              "pose_noise": "%s",
              "speed_mps": %.3f,
              "route": [%s],
              "route_length_m": %.1f,
              "origin": {"lat": %.10f, "lon": %.10f, "alt": %.4f},
              "lidar": {"beams": %d, "columns": %d, "rate_hz": %.1f, "max_range_m": %.1f,
                "elevation_top_deg": %.3f, "elevation_bottom_deg": %.3f, "noise": %b,
                "range_sigma_m": %.3f, "dropout": %.4f, "intensity_levels": %d,
                "mount_in_vehicle_m": [%.3f, %.3f, %.3f]},
              "camera": {"name": "image_02", "width": %d, "height": %d, "fx": %.4f, "fy": %.4f,
                "cx": %.4f, "cy": %.4f, "rate_hz": 10, "render_scale": 3},
              "vehicle": {"imu_height_m": 0.93, "wheelbase_m": 2.71},
              "sweeps": %d,
              "points": %d
            }
            """,
            s.name().replace("\"", "'"),
            s.layouts().stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(", ")),
            s.dressing().wear().size(),
            s.dressing().cover().stream()
                .filter(c -> c.kind() != dev.mapsmith.sampledrives.world.Dressing.Kind.ASPHALT)
                .count(),
            s.dressing().parked().size(),
            s.dressing().traffic().size(),
            r.map() == null
                ? "null"
                : "\"" + r.map().getFileName().toString().replace("\"", "'") + "\"",
            r.seed(),
            r.durationS(),
            duration,
            r.poseNoise().key(),
            s.speedMps(),
            route,
            routeLength,
            s.origin().latDeg(),
            s.origin().lonDeg(),
            s.origin().altM(),
            lidar.beams(),
            lidar.columns(),
            lidar.rateHz(),
            lidar.maxRange(),
            e[0],
            e[e.length - 1],
            lidar.noise(),
            lidar.noise() ? LidarModel.RANGE_SIGMA : 0,
            lidar.noise() ? LidarModel.DROPOUT : 0,
            lidar.intensityLevels(),
            Rig.LIDAR_IN_VEHICLE[0],
            Rig.LIDAR_IN_VEHICLE[1],
            Rig.LIDAR_IN_VEHICLE[2],
            Rig.WIDTH,
            Rig.HEIGHT,
            Rig.FX,
            Rig.FY,
            Rig.CX,
            Rig.CY,
            sweeps,
            points);
    Files.writeString(file, json);
  }
}
