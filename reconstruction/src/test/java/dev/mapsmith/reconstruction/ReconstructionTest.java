package dev.mapsmith.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.CancelFlag;
import dev.mapsmith.core.task.CancelledException;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.reconstruction.eval.EvalResult;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconstructionTest {

  private static EvalResult score(ReconstructionResult r, SyntheticRoad road) {
    List<RigidTransform> poses =
        road.truePoses().poses().stream().map(TimedPose::vehicleToWorld).toList();
    return Evaluation.evaluate(r.toMap(), SyntheticRoad.truth(), EvalWindows.atPoses(poses, 5));
  }

  @Test
  void reconstructsLinesCurbsStopLineAndCrossingOfASyntheticRoad() throws Exception {
    SyntheticRoad road = new SyntheticRoad("road", 40_000, 2, 0, 1);
    ReconstructionResult r =
        Reconstruction.run(
            List.of(road), null, ReconstructionConfig.defaults(), ProgressMonitor.NONE);
    EvalResult e = score(r, road);
    System.out.println("synthetic exact: " + e.toJsonMap() + " counts " + r.countsByClass());
    assertThat(r.inputPoints()).isEqualTo(40_000L * road.sweeps().size());
    assertThat(e.score(MapClass.DIVIDER).mean()).isGreaterThanOrEqualTo(0.9);
    assertThat(e.score(MapClass.BOUNDARY).mean()).isGreaterThanOrEqualTo(0.8);
    assertThat(e.score(MapClass.PED_CROSSING).mean()).isGreaterThanOrEqualTo(0.6);
    assertThat(e.score(MapClass.STOP_LINE).mean()).isGreaterThanOrEqualTo(0.6);
    List<Primitive> dividers = r.toMap().ofClass(MapClass.DIVIDER);
    assertThat(dividers)
        .anyMatch(p -> p.attributes().pattern().orElseThrow() == LinePattern.DASHED);
    assertThat(dividers).anyMatch(p -> p.attributes().pattern().orElseThrow() == LinePattern.SOLID);
    Primitive any = r.primitives().get(0);
    assertThat(any.provenance().method()).isEqualTo("classical");
    assertThat(any.provenance().sourceDrives()).containsExactly("road");
    assertThat(any.provenance().parameters())
        .startsWith("{\"config_hash\":\"" + ReconstructionConfig.defaults().hash() + "\"")
        .contains("\"resolution\":0.1");
  }

  @Test
  void alignmentKeepsLinesSharpUnderPoseNoise() throws Exception {
    SyntheticRoad road = new SyntheticRoad("noisy", 40_000, 2, 0.3, 2);
    ReconstructionResult aligned =
        Reconstruction.run(
            List.of(road), null, ReconstructionConfig.defaults(), ProgressMonitor.NONE);
    ReconstructionResult raw =
        Reconstruction.run(
            List.of(road),
            null,
            ReconstructionConfig.defaults().withAlign(false),
            ProgressMonitor.NONE);
    double withAlign = score(aligned, road).mAP(), without = score(raw, road).mAP();
    System.out.println("synthetic noisy: aligned " + withAlign + " raw " + without);
    assertThat(withAlign).isGreaterThanOrEqualTo(0.65).isGreaterThan(without + 0.1);
  }

  @Test
  void emptyAreaGivesClearNoteAndNoPrimitives() throws Exception {
    SyntheticRoad road = new SyntheticRoad("road", 1000, 10, 0, 3);
    ReconstructionResult r =
        Reconstruction.run(
            List.of(road),
            new Bounds2(5000, 5000, 5100, 5100),
            ReconstructionConfig.defaults(),
            ProgressMonitor.NONE);
    assertThat(r.primitives()).isEmpty();
    assertThat(r.inputPoints()).isZero();
    assertThat(r.notes())
        .singleElement()
        .asString()
        .contains("no lidar sweeps")
        .contains("5000.0,5000.0");
  }

  @Test
  void cancelStopsTheWork() {
    SyntheticRoad road = new SyntheticRoad("road", 1000, 2, 0, 4);
    CancelFlag flag = new CancelFlag((f, m) -> {});
    flag.cancel();
    assertThatThrownBy(
            () -> Reconstruction.run(List.of(road), null, ReconstructionConfig.defaults(), flag))
        .isInstanceOf(CancelledException.class);
  }
}
