package dev.mapsmith.sampledrives;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.Lanelet2File;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import dev.mapsmith.sampledrives.sensor.LidarSimulator;
import dev.mapsmith.sampledrives.sensor.Rig;
import dev.mapsmith.sampledrives.world.MapPoints;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDrivesTest {

  @TempDir Path tmp;

  private static GenerateRequest small() {
    return GenerateRequest.scenario("straight").withDuration(0.5).withLidar(32, true).withSeed(5);
  }

  @Test
  void sameArgumentsAndSeedGiveByteIdenticalFilesWhateverTheThreadCount() throws Exception {
    GeneratedDrive a =
        SampleDrives.generate(small().withThreads(1), tmp.resolve("a"), ProgressMonitor.NONE);
    GeneratedDrive b =
        SampleDrives.generate(small().withThreads(2), tmp.resolve("b"), ProgressMonitor.NONE);
    assertThat(a.sweeps()).isEqualTo(5);
    assertThat(a.points()).isEqualTo(b.points()).isGreaterThan(5 * 40_000L);
    List<Path> files = files(tmp.resolve("a"));
    assertThat(files).hasSizeGreaterThan(20).isEqualTo(files(tmp.resolve("b")));
    for (Path f : files) {
      assertThat(Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f)))
          .as(f.toString())
          .isEqualTo(-1L);
    }
    GeneratedDrive c =
        SampleDrives.generate(small().withSeed(6), tmp.resolve("c"), ProgressMonitor.NONE);
    Path bin = Path.of("velodyne_points/data/0000000000.bin");
    assertThat(Files.mismatch(a.drive().resolve(bin), c.drive().resolve(bin))).isNotEqualTo(-1L);
    // drives of different seeds get different folder names, hence different drive ids
    assertThat(a.drive().getFileName()).hasToString("2026_01_15_drive_0005_sync");
    assertThat(c.drive().getFileName()).hasToString("2026_01_15_drive_0006_sync");
  }

  @Test
  void writesTheKittiRawLayout() throws Exception {
    GeneratedDrive d = SampleDrives.generate(small(), tmp.resolve("k"), ProgressMonitor.NONE);
    Path date = d.drive().getParent();
    for (String f :
        List.of("calib_cam_to_cam.txt", "calib_velo_to_cam.txt", "calib_imu_to_velo.txt")) {
      assertThat(date.resolve(f)).isRegularFile();
    }
    for (String f :
        List.of(
            "velodyne_points/timestamps.txt",
            "velodyne_points/timestamps_start.txt",
            "velodyne_points/timestamps_end.txt",
            "oxts/timestamps.txt",
            "oxts/dataformat.txt",
            "oxts/data/0000000004.txt",
            "image_02/data/0000000004.png",
            "image_02/timestamps.txt",
            "signals.csv",
            "ground_truth/map.osm",
            "ground_truth/origin.json",
            "ground_truth/scenario.json",
            "ground_truth/poses_true.txt")) {
      assertThat(d.drive().resolve(f)).as(f).isRegularFile();
    }
    assertThat(Files.readString(d.drive().resolve("oxts/data/0000000000.txt")).trim().split(" "))
        .hasSize(30);
    assertThat(Files.readAllLines(d.drive().resolve("velodyne_points/timestamps.txt")))
        .hasSize(5)
        .allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{9}"));
    assertThat(Files.readAllLines(d.drive().resolve("signals.csv")).get(0))
        .isEqualTo("timestamp_ns,speed_mps,yaw_rate_rps,steering_rad");
    assertThat(Files.readString(d.drive().resolve("ground_truth/scenario.json")))
        .contains("\"seed\": 5", "\"beams\": 32", "\"pose_noise\": \"typical\"");
    assertThat(
            javax.imageio.ImageIO.read(d.drive().resolve("image_02/data/0000000000.png").toFile())
                .getWidth())
        .isEqualTo(Rig.WIDTH);
  }

  @Test
  void highIntensityGroundReturnsLieOnTruthPaintWithoutNoise() throws Exception {
    GenerateRequest r =
        small().withLidar(32, false).withPoseNoise(PoseNoise.NONE).withDuration(0.3);
    GeneratedDrive d = SampleDrives.generate(r, tmp.resolve("p"), ProgressMonitor.NONE);
    OsmDocument map = Lanelet2File.load(d.truthMap(), null).map();
    List<double[][]> painted = new ArrayList<>();
    for (OsmWay w : map.ways()) {
      if (MapPoints.tag(w, "type").startsWith("line_")) {
        painted.add(MapPoints.points(map, w).toArray(new double[0][]));
      }
    }
    double[][] poses = poses(d.drive().resolve("ground_truth/poses_true.csv"));
    int checked = 0;
    for (int k = 0; k < d.sweeps(); k++) {
      float[] p = bin(d.drive().resolve(String.format("velodyne_points/data/%010d.bin", k)));
      for (int i = 0; i < p.length; i += 4) {
        double range = Math.hypot(p[i], p[i + 1]);
        if (p[i + 3] < 0.5 || range > 30) {
          continue;
        }
        double az = Math.atan2(p[i + 1], p[i]);
        int col = (int) Math.round((Math.PI - az) / (2 * Math.PI) * 2000 - 0.5);
        col = Math.floorMod(col, 2000);
        double t = k * 0.1 + (col + 0.5) / 2000 * 0.1;
        double[] pose = poseAt(poses, t);
        double c = Math.cos(pose[2]), s = Math.sin(pose[2]);
        double lx = Rig.LIDAR_IN_VEHICLE[0] + p[i], ly = Rig.LIDAR_IN_VEHICLE[1] + p[i + 1];
        double wx = pose[0] + c * lx - s * ly, wy = pose[1] + s * lx + c * ly;
        double wz = 0.93 + Rig.LIDAR_IN_VEHICLE[2] + p[i + 2];
        assertThat(Math.abs(wz)).as("paint return height").isLessThan(0.01);
        double best = Double.MAX_VALUE;
        for (double[][] line : painted) {
          best = Math.min(best, distance(line, wx, wy));
        }
        assertThat(best)
            .as("distance of a paint return to the truth line")
            .isLessThan(0.075 + 0.01);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(200);
    assertThat(LidarSimulator.azimuth(1000, 2000))
        .isCloseTo(-Math.PI / 2000, org.assertj.core.data.Offset.offset(1e-12));
  }

  private static double distance(double[][] line, double x, double y) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i + 1 < line.length; i++) {
      double ax = line[i][0], ay = line[i][1], bx = line[i + 1][0], by = line[i + 1][1];
      double dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
      double t = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / l2));
      best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
    }
    return best;
  }

  private static double[][] poses(Path csv) throws Exception {
    List<String> lines = Files.readAllLines(csv);
    double[][] out = new double[lines.size() - 1][];
    long t0 = Long.parseLong(lines.get(1).split(",")[0]);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      double yaw = 2 * Math.atan2(Double.parseDouble(f[7]), Double.parseDouble(f[4]));
      out[i - 1] =
          new double[] {
            (Long.parseLong(f[0]) - t0) / 1e9,
            Double.parseDouble(f[1]),
            Double.parseDouble(f[2]),
            yaw
          };
    }
    return out;
  }

  private static double[] poseAt(double[][] poses, double t) {
    int i = Math.min(poses.length - 2, (int) Math.floor(t * 100));
    double u = (t - poses[i][0]) / (poses[i + 1][0] - poses[i][0]);
    return new double[] {
      poses[i][1] + u * (poses[i + 1][1] - poses[i][1]),
      poses[i][2] + u * (poses[i + 1][2] - poses[i][2]),
      poses[i][3] + u * (poses[i + 1][3] - poses[i][3])
    };
  }

  private static float[] bin(Path file) throws Exception {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    float[] f = new float[b.remaining() / 4];
    b.asFloatBuffer().get(f);
    return f;
  }

  private static List<Path> files(Path root) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
