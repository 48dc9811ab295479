package dev.mapsmith.models.bench;

import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.models.TrainingTile;
import dev.mapsmith.models.synthetic.SyntheticTiles;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times {@link LaneSegmenter#segment} on one synthetic tile: median, p90 and min over N calls after
 * a warm-up. Usage: {@code InferenceBench [MODEL_DIR|default] [TILE_SIZE] [CALLS]}.
 */
public final class InferenceBench {

  private InferenceBench() {}

  public static void main(String[] args) throws Exception {
    String dir = args.length > 0 ? args[0] : "default";
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
    int calls = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    try (LaneSegmenter s =
        dir.equals("default") ? LaneSegmenter.loadDefault() : LaneSegmenter.load(Path.of(dir))) {
      TrainingTile t = SyntheticTiles.generate(1, size, 0.1);
      for (int i = 0; i < 10; i++) {
        s.segment(t.chw(), 5, size, size);
      }
      double[] ms = new double[calls];
      for (int i = 0; i < calls; i++) {
        long t0 = System.nanoTime();
        s.segment(t.chw(), 5, size, size);
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(ms);
      System.out.printf(
          "model %s device %s threads %s tile %dx%d calls %d: median %.1f ms, p90 %.1f ms, min %.1f ms%n",
          s.spec().id(),
          s.device(),
          System.getProperty("ai.djl.pytorch.num_threads"),
          size,
          size,
          calls,
          ms[calls / 2],
          ms[(int) (calls * 0.9)],
          ms[0]);
    }
  }
}
