package dev.mapsmith.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.cli.MapsmithCli;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.labeling.DriveFingerprint;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.export.training.TrainingSetOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project with two drives whose local frames have different origins (the second starts 1 s into
 * the first, about 12 m on), in a project frame 5.3 m to the side of both: the training-set export
 * of the app and of the command line put both drives' lidar under the labels, so the lane-line
 * pixels are the bright paint.
 */
class TwoDriveTrainingSetTest {

  /** About a lane and a half: lidar left in a drive's own frame would put road under the labels. */
  private static final double SIDE_METRES = 5.3;

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();
  private Path driveA, driveB;
  private LocalEnuFrame projectFrame;
  private LaneMap labels;

  @BeforeEach
  void twoDrives() throws Exception {
    Path gen = dir.resolve("gen");
    int code =
        MapsmithCli.run(
            "generate",
            "--scenario",
            "straight",
            "--out",
            gen.toString(),
            "--duration",
            "2",
            "--beams",
            "32",
            "--seed",
            "3");
    assertThat(code).as(console.err()).isZero();
    try (Stream<Path> s = Files.walk(gen)) {
      driveA = s.filter(x -> x.getFileName().toString().endsWith("_sync")).findFirst().get();
    }
    driveB = KittiTrim.dropFirst(driveA, 10, dir.resolve("b"));
    try (DriveLog a = DriveLogs.open(driveA);
        DriveLog b = DriveLogs.open(driveB)) {
      assertThat(b.metadata().frame()).isNotEqualTo(a.metadata().frame());
      RigidTransform bInA = b.transformTo(a.metadata().frame());
      assertThat(Math.hypot(bInA.tx(), bInA.ty())).as("origins metres apart").isGreaterThan(5);
      // the project's origin: 5.3 m to the left of drive A's start, across its heading
      RigidTransform start = a.trajectory().at(a.sweeps().get(0).timestampNs());
      double yaw = start.yaw();
      Point3 side =
          new Point3(
              start.tx() - SIDE_METRES * Math.sin(yaw),
              start.ty() + SIDE_METRES * Math.cos(yaw),
              0);
      LocalEnuFrame aFrame = (LocalEnuFrame) a.metadata().frame();
      projectFrame = new LocalEnuFrame(new EnuProjection(aFrame.origin()).toGeodetic(side));
    }
    LaneMap truth = Lanelet2Maps.read(driveA.resolve("ground_truth/map.osm"), null).map();
    LaneMap inProject = truth.convertedTo(projectFrame);
    labels =
        new LaneMap(
            projectFrame,
            inProject.primitives().stream().map(p -> p.withReview(ReviewState.VERIFIED)).toList());
  }

  @Test
  void theAppsExportPutsBothDrivesLidarUnderTheLabels() throws Exception {
    Path out = dir.resolve("app-set");
    List<DriveLog> logs = List.of(DriveLogs.open(driveA), DriveLogs.open(driveB));
    try {
      TrainingSetWriter.write(
          labels, p -> true, logs, TrainingSetOptions.DEFAULT, "{}", out, ProgressMonitor.NONE);
    } finally {
      logs.forEach(DriveLog::close);
    }
    assertPaintUnderLabels(out);
  }

  @Test
  void theCommandLinesExportPutsBothDrivesLidarUnderTheLabelsAndTheSetTrainsUnchanged()
      throws Exception {
    Path file = dir.resolve("p.mapsmith");
    try (Project p = Project.create(file, projectFrame)) {
      p.insertAll(List.copyOf(labels.primitives()), "ground truth");
      for (Path d : List.of(driveA, driveB)) {
        try (DriveLog log = DriveLogs.open(d)) {
          p.addDrive(
              new DriveRecord(
                  log.metadata().id(), d, log.metadata().format(), DriveFingerprint.of(d)));
        }
      }
    }
    Path out = dir.resolve("cli-set");
    console.resetOut();
    int code =
        MapsmithCli.run(
            "export",
            "--project",
            file.toString(),
            "--format",
            "training-set",
            "--out",
            out.toString(),
            "--json");
    assertThat(code).as(console.err()).isZero();
    assertThat(new ObjectMapper().readTree(console.out()).get("drives").asInt()).isEqualTo(2);
    assertPaintUnderLabels(out);

    // the training-set contract (core's TrainingSetFormat): the export's set trains as it is
    console.resetOut();
    Path model = dir.resolve("model");
    code =
        MapsmithCli.run(
            "train",
            "--dataset",
            out.toString(),
            "--out",
            model.toString(),
            "--epochs",
            "1",
            "--crops-per-tile",
            "1",
            "--device",
            "cpu",
            "--json");
    assertThat(code).as(console.err()).isZero();
    assertThat(new ObjectMapper().readTree(console.out()).get("epochs_run").asInt()).isEqualTo(1);
    assertThat(model.resolve("model.json")).exists();
  }

  /**
   * Lane-line pixels (mask classes 1 and 2) are much brighter than the road (class 0) in the
   * max-intensity channel, in every tile: the lidar of both drives lies under the labels.
   */
  private static void assertPaintUnderLabels(Path set) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(set.resolve("manifest.json").toFile());
    JsonNode train = manifest.at("/splits/train");
    assertThat(train.size()).isPositive();
    double[] sum = new double[2];
    long[] n = new long[2];
    for (JsonNode t : train) {
      FloatBuffer chw =
          ByteBuffer.wrap(Files.readAllBytes(set.resolve("tiles/" + t.asText() + ".f32")))
              .order(ByteOrder.LITTLE_ENDIAN)
              .asFloatBuffer();
      var mask =
          ImageIO.read(set.resolve("tiles/" + t.asText() + ".mask.png").toFile()).getRaster();
      for (int i = 0; i < 256 * 256; i++) {
        int cls = mask.getSample(i % 256, i / 256, 0);
        float maxIntensity = chw.get(i), density = chw.get(4 * 256 * 256 + i);
        if (density > 0 && cls <= 2) {
          int k = cls == 0 ? 0 : 1;
          sum[k] += maxIntensity;
          n[k]++;
        }
      }
    }
    assertThat(n[1]).isGreaterThan(100);
    assertThat(sum[1] / n[1]).as("paint vs road intensity").isGreaterThan(1.5 * sum[0] / n[0]);
  }
}
