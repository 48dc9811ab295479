package dev.mapsmith.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.reconstruction.sweep.SweepLineConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sweep that streams its points in pieces (a PCD map larger than the heap) keeps only the points
 * within the reconstruction's range, and the map it gives is the one the whole sweep gives.
 */
class StreamedSweepTest {

  @Test
  void aStreamedSweepReconstructsTheSameMapAsTheWholeOne() throws Exception {
    // points reach 35 m from the sensor, past a 25 m range: the streamed path keeps fewer
    ReconstructionConfig cfg = ReconstructionConfig.defaults().withMaxRange(25);
    cfg = cfg.withSweepLines(withMaxRange(cfg.sweepLines(), 25));
    SyntheticRoad whole = new SyntheticRoad("road", 40_000, 2, 0, 1);
    SyntheticRoad streamed = new SyntheticRoad("road", 40_000, 2, 0, 1).streamedInPieces(7_000);
    ReconstructionResult a = Reconstruction.run(List.of(whole), null, cfg, ProgressMonitor.NONE);
    ReconstructionResult b = Reconstruction.run(List.of(streamed), null, cfg, ProgressMonitor.NONE);
    assertThat(b.inputPoints())
        .isEqualTo(a.inputPoints())
        .isEqualTo(40_000L * whole.sweeps().size());
    assertThat(a.primitives()).hasSizeGreaterThan(5);
    assertThat(shapes(b.primitives())).isEqualTo(shapes(a.primitives()));
  }

  private static SweepLineConfig withMaxRange(SweepLineConfig c, double range) {
    return new SweepLineConfig(
        c.sparseSpacing(),
        c.minRange(),
        range,
        c.backgroundRadius(),
        c.ringTolerance(),
        c.ringToleranceSlope(),
        c.brightRatio(),
        c.brightContrast(),
        c.hitLink(),
        c.maxAngle(),
        c.angleStep(),
        c.offsetStep(),
        c.inlierDistance(),
        c.minRings(),
        c.strongRings(),
        c.paintedShare(),
        c.weakAngle(),
        c.minSpan(),
        c.maxGap(),
        c.joinGap(),
        c.joinOffset(),
        c.extension());
  }

  private static List<String> shapes(List<Primitive> prims) {
    return prims.stream()
        .map(p -> p.mapClass() + " " + p.geometry() + " " + p.attributes() + " " + p.confidence())
        .toList();
  }
}
