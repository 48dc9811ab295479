package dev.mapsmith.models;

import ai.djl.engine.Engine;
import dev.mapsmith.models.synthetic.SyntheticTiles;

/**
 * Prints which device inference runs on: loads the default model, segments one 256x256 tile and
 * reports the engine, its version, the GPU count, the device and the time of the call. Run it with
 * the app's class path (see docs/models.md) to check the CUDA route.
 */
public final class DeviceCheck {

  private DeviceCheck() {}

  public static void main(String[] args) throws Exception {
    try (LaneSegmenter s = LaneSegmenter.loadDefault()) {
      TrainingTile t = SyntheticTiles.generate(1, 256, 0.1);
      s.segment(t.chw(), 5, 256, 256);
      long t0 = System.nanoTime();
      int[] classes = s.segment(t.chw(), 5, 256, 256);
      double ms = (System.nanoTime() - t0) / 1e6;
      Engine e = Engine.getInstance();
      System.out.printf(
          "engine %s %s, gpus %d, default device %s, model %s on %s, 256x256 tile in %.1f ms (%d"
              + " px)%n",
          e.getEngineName(),
          e.getVersion(),
          e.getGpuCount(),
          e.defaultDevice(),
          s.spec().id(),
          s.device(),
          ms,
          classes.length);
    }
  }
}
