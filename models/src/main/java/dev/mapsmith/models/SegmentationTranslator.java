package dev.mapsmith.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * Pre- and post-processing around {@link LaneUNet}: normalises a copy of the tile, pads it with
 * zeros to a multiple of the network's stride, and turns the logits into a class index per pixel of
 * the original (unpadded) tile. Runs inside the predictor's per-call NDManager.
 */
final class SegmentationTranslator
    implements NoBatchifyTranslator<SegmentationTranslator.Tile, int[]> {

  /** One C x H x W tile, row 0 northern-most, raw (unnormalised) channel values. */
  record Tile(float[] chw, int channels, int height, int width) {}

  private final int stride;
  private final IntensityScale scale;

  SegmentationTranslator(int stride, IntensityScale scale) {
    this.stride = stride;
    this.scale = scale;
  }

  @Override
  public NDList processInput(TranslatorContext ctx, Tile tile) {
    float[] values = tile.chw().clone();
    ModelInput.normalize(values, tile.channels(), tile.height(), tile.width(), scale);
    int ph = roundUp(tile.height());
    int pw = roundUp(tile.width());
    float[] padded = pad(values, tile.channels(), tile.height(), tile.width(), ph, pw);
    ctx.setAttachment("tile", tile);
    NDArray x = ctx.getNDManager().create(padded, new Shape(1, tile.channels(), ph, pw));
    return new NDList(x);
  }

  @Override
  public int[] processOutput(TranslatorContext ctx, NDList list) {
    Tile tile = (Tile) ctx.getAttachment("tile");
    NDArray logits = list.singletonOrThrow();
    long pw = logits.getShape().get(3);
    int[] all = logits.argMax(1).toType(DataType.INT32, false).toIntArray();
    if (pw == tile.width() && all.length == tile.width() * tile.height()) {
      return all;
    }
    int[] out = new int[tile.width() * tile.height()];
    for (int r = 0; r < tile.height(); r++) {
      System.arraycopy(all, (int) (r * pw), out, r * tile.width(), tile.width());
    }
    return out;
  }

  private int roundUp(int n) {
    return (n + stride - 1) / stride * stride;
  }

  static float[] pad(float[] chw, int channels, int h, int w, int ph, int pw) {
    if (ph == h && pw == w) {
      return chw;
    }
    float[] out = new float[channels * ph * pw];
    for (int c = 0; c < channels; c++) {
      for (int r = 0; r < h; r++) {
        System.arraycopy(chw, (c * h + r) * w, out, (c * ph + r) * pw, w);
      }
    }
    return out;
  }
}
