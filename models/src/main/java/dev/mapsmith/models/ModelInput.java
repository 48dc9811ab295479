package dev.mapsmith.models;

import dev.mapsmith.core.raster.BevChannel;
import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.training.TrainingSetFormat;
import java.util.Arrays;
import java.util.List;

/**
 * The network's input channels and how raw channel values are scaled before inference and training.
 * Tiles are channel-major (C x H x W) with row 0 the northern-most row, as in the training-set
 * format.
 */
public final class ModelInput {

  /** Channel names in input order, as the training-set manifest lists them. */
  public static final List<String> CHANNELS = TrainingSetFormat.CHANNELS;

  private ModelInput() {}

  /**
   * Scales one tile in place into the range the network was trained on: the intensities as {@code
   * scale} says; non-finite values become 0; the height span is clamped to 2 m; the height over the
   * tile's ground to +-1 m and doubled (a curb is a step of ~0.15 m); density (log(1 + points)) is
   * divided by 4.
   */
  public static void normalize(
      float[] chw, int channels, int height, int width, IntensityScale scale) {
    normalize(chw, channels, height, width, scale, Float.NaN);
  }

  /**
   * As {@link #normalize(float[], int, int, int, IntensityScale)}, with the intensities scaled
   * against a given ground level (a training crop uses its whole tile's); NaN measures it on this
   * window.
   */
  public static void normalize(
      float[] chw, int channels, int height, int width, IntensityScale scale, float groundLevel) {
    int plane = height * width;
    if (chw.length != channels * plane) {
      throw new IllegalArgumentException(
          "tile has " + chw.length + " values, expected " + channels + "x" + height + "x" + width);
    }
    scale.apply(chw, channels, height, width, groundLevel);
    for (int c = 0; c < channels; c++) {
      float lo = c == 3 ? -1f : c < 2 ? scale.low() : 0f;
      float hi = c == 2 ? 2f : c == 3 ? 1f : (c == 4 ? 16f : scale.high());
      float factor = c == 4 ? 0.25f : c == 3 ? 2f : 1f;
      for (int i = c * plane, end = i + plane; i < end; i++) {
        float v = chw[i];
        v = Float.isFinite(v) ? Math.max(lo, Math.min(hi, v)) : 0f;
        chw[i] = v * factor;
      }
    }
  }

  /**
   * The model input for a whole raster: the five {@link BevChannel}s as C x H x W, flipped so that
   * row 0 is the northern-most row, and MIN_Z made relative to the median ground height of the
   * raster (empty cells: 0). Not normalised.
   */
  public static float[] fromRaster(BevRaster raster) {
    return TrainingSetFormat.channels(raster);
  }

  /** The median of the finite values, 0 when there are none. */
  public static float medianFinite(float[] values) {
    float[] finite = new float[values.length];
    int n = 0;
    for (float v : values) {
      if (Float.isFinite(v)) {
        finite[n++] = v;
      }
    }
    if (n == 0) {
      return 0f;
    }
    Arrays.sort(finite, 0, n);
    return finite[n / 2];
  }
}
