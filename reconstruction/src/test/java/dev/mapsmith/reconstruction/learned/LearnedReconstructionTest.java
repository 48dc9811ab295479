package dev.mapsmith.reconstruction.learned;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.ReconstructionResult;
import dev.mapsmith.reconstruction.confidence.ConfidenceCalibration;
import dev.mapsmith.sampledrives.GenerateRequest;
import dev.mapsmith.sampledrives.GeneratedDrive;
import dev.mapsmith.sampledrives.PoseNoise;
import dev.mapsmith.sampledrives.SampleDrives;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedReconstructionTest {

  @TempDir Path dir;

  private static Polyline convert(Polyline g, UnaryOperator<Point3> c) {
    List<Point3> pts = new java.util.ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      pts.add(c.apply(new Point3(g.x(i), g.y(i), g.z(i))));
    }
    return Polyline.of(pts);
  }

  @Test
  void theDefaultModelFindsTheLaneLinesOfAShortGeneratedDriveWithModelProvenance()
      throws Exception {
    GeneratedDrive g =
        SampleDrives.generate(
            GenerateRequest.scenario("straight")
                .withSeed(5)
                .withDuration(2)
                .withPoseNoise(PoseNoise.NONE)
                .withLidar(32, true),
            dir,
            ProgressMonitor.NONE);
    try (DriveLog log = DriveLogs.open(g.drive());
        LaneSegmenter model = LaneSegmenter.loadDefault()) {
      // the model's own confidence (the calibration has its own tests)
      ReconstructionResult r =
          LearnedReconstruction.run(
              List.of(log), null, model, ConfidenceCalibration.none(), ProgressMonitor.NONE);
      // the truth in its own frame (origin.json), converted into the drive's
      LaneMap map = Lanelet2Maps.read(g.truthMap(), null).map();
      UnaryOperator<Point3> c = FrameAlignment.converter(map.frame(), log.metadata().frame());
      List<Primitive> truth =
          map.primitives().stream()
              .filter(p -> p.mapClass() == MapClass.DIVIDER)
              .map(p -> p.withGeometry(convert(p.geometry(), c)))
              .toList();
      List<Primitive> dividers =
          r.primitives().stream().filter(p -> p.mapClass() == MapClass.DIVIDER).toList();
      assertThat(dividers).isNotEmpty();
      for (Primitive p : r.primitives()) {
        assertThat(p.provenance().method()).isEqualTo("learned:" + model.spec().id());
        assertThat(p.provenance().version())
            .isEqualTo(
                model.spec().version()
                    + "/"
                    + dev.mapsmith.reconstruction.ReconstructionConfig.VERSION);
        assertThat(p.provenance().parameters())
            .contains("\"model_id\"")
            .contains("\"weights_hash\":\"" + model.weightsHash() + "\"")
            .startsWith("{\"config_hash\":\"");
        assertThat(p.review()).isEqualTo(ReviewState.AUTO);
      }
      // every lane line found with confidence lies along a true one (most of its vertices within
      // 0.5 m); a two-second drive also leaves short low-score fragments, which the metric ranks
      // last, so those are not checked
      List<Primitive> confident = dividers.stream().filter(p -> p.confidence() >= 0.5).toList();
      assertThat(confident).hasSizeGreaterThanOrEqualTo(2);
      for (Primitive d : confident) {
        double best =
            truth.stream()
                .mapToDouble(t -> Duplicates.nearShare(d.geometry(), t.geometry(), 0.5))
                .max()
                .orElse(0);
        assertThat(best)
            .as("share of %s near a true divider", d.geometry().bounds())
            .isGreaterThan(0.8);
      }
    }
  }

  @Test
  void aDriveOfAFewSweepsIsReconstructedClassicallyWithANote() throws Exception {
    GeneratedDrive g =
        SampleDrives.generate(
            GenerateRequest.scenario("straight")
                .withSeed(5)
                .withDuration(0.4)
                .withPoseNoise(PoseNoise.NONE)
                .withLidar(32, true),
            dir,
            ProgressMonitor.NONE);
    try (DriveLog log = DriveLogs.open(g.drive());
        LaneSegmenter model = LaneSegmenter.loadDefault()) {
      assertThat(log.sweeps().size()).isLessThan(LearnedVectorConfig.defaults().minSweeps());
      ReconstructionResult r =
          LearnedReconstruction.run(List.of(log), null, model, ProgressMonitor.NONE);
      assertThat(r.notes()).anyMatch(n -> n.contains("classical method instead"));
      assertThat(r.primitives()).isNotEmpty();
      assertThat(r.primitives())
          .allSatisfy(p -> assertThat(p.provenance().method()).startsWith("classical"));
    }
  }
}
