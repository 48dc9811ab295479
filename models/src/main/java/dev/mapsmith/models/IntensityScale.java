package dev.mapsmith.models;

import java.util.Arrays;

/**
 * How the two intensity channels (max and mean) are scaled before the network sees them. Real
 * sensors report intensity on scales an order of magnitude apart (asphalt at 0.03 on Argoverse 2,
 * 0.30 on KITTI: ../shared/REAL-LIDAR.md), so a model fed raw values learns one sensor. {@link
 * #GROUND_RATIO} removes the sensor's gain: each cell's intensity becomes the logarithm of its
 * ratio to the median intensity of the window's ground cells, so asphalt sits near 0 and paint
 * above it whatever the sensor's scale. A model records which scale it was trained with ({@link
 * ModelSpec}); a model file without the field predates this and gets {@link #RAW}.
 */
public enum IntensityScale {
  /** As the sensor reports them in [0, 1] (models up to version 3). */
  RAW("raw", 0f, 1.5f),
  /** log(v / ground median) / log(8), clamped to [-1, 1.5]; empty cells 0. */
  GROUND_RATIO("ground-log-ratio", -1f, 1.5f);

  /** The scale every new training run uses. */
  public static final IntensityScale CURRENT = GROUND_RATIO;

  /** Height span (m) and height over ground (m) under which a cell counts as ground. */
  static final float GROUND_SPAN_M = 0.2f;

  static final float GROUND_HEIGHT_M = 0.2f;

  /** Ground cells needed before their median is trusted; else every occupied cell counts. */
  static final int MIN_GROUND_CELLS = 50;

  /** Intensity ratio that maps to 1.0: paint is 2-6 times as bright as asphalt on real sensors. */
  static final double RATIO_AT_ONE = 8.0;

  /** Offset as a share of the median, so that a cell of intensity 0 maps to a finite value. */
  static final float OFFSET_SHARE = 0.1f;

  private final String key;
  private final float low;
  private final float high;

  IntensityScale(String key, float low, float high) {
    this.key = key;
    this.low = low;
    this.high = high;
  }

  /** The name written in model.json. */
  public String key() {
    return key;
  }

  /** Lowest scaled value. */
  float low() {
    return low;
  }

  /** Highest scaled value. */
  float high() {
    return high;
  }

  /** The scale named {@code key}; {@code null} (a model file from before the field) is RAW. */
  public static IntensityScale of(String key) {
    if (key == null) {
      return RAW;
    }
    for (IntensityScale s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown intensity scale '" + key + "'");
  }

  /**
   * Rescales channels 0 and 1 of a raw C x H x W tile in place (channel 2 height span, 3 height
   * over ground, C-1 density: {@link ModelInput#CHANNELS}). RAW leaves them as they are.
   */
  void apply(float[] chw, int channels, int height, int width) {
    apply(chw, channels, height, width, Float.NaN);
  }

  /**
   * As {@link #apply(float[], int, int, int)}, against a given ground level (the median mean
   * intensity of the ground, {@link #groundLevel}); NaN measures it on this window.
   */
  void apply(float[] chw, int channels, int height, int width, float level) {
    if (this == RAW || channels < 5) {
      return;
    }
    int plane = height * width;
    int density = (channels - 1) * plane;
    float median = Float.isNaN(level) ? groundMedian(chw, plane, density) : level;
    float offset = OFFSET_SHARE * median;
    double norm = Math.log(RATIO_AT_ONE);
    for (int ch = 0; ch < 2; ch++) {
      for (int i = 0; i < plane; i++) {
        int k = ch * plane + i;
        float v = chw[k];
        if (!(chw[density + i] > 0) || !Float.isFinite(v) || median <= 0) {
          chw[k] = 0f;
          continue;
        }
        double r = Math.log((Math.max(0f, v) + offset) / (median + offset)) / norm;
        chw[k] = (float) Math.max(low, Math.min(high, r));
      }
    }
  }

  /**
   * The ground level of a raw C x H x W window: {@link #groundMedian}; 0 for fewer than 5 planes.
   */
  static float groundLevel(float[] chw, int channels, int height, int width) {
    int plane = height * width;
    return channels < 5 ? 0f : groundMedian(chw, plane, (channels - 1) * plane);
  }

  /**
   * Median mean-intensity of the ground cells (flat, and within {@link #GROUND_HEIGHT_M} of the
   * window's median height, so a hill or a raster-wide height offset does not matter), else of all
   * occupied cells; 0 when none.
   */
  static float groundMedian(float[] chw, int plane, int density) {
    float[] heights = new float[plane];
    int o = 0;
    for (int i = 0; i < plane; i++) {
      if (chw[density + i] > 0 && Float.isFinite(chw[3 * plane + i])) {
        heights[o++] = chw[3 * plane + i];
      }
    }
    Arrays.sort(heights, 0, o);
    float level = o == 0 ? 0f : heights[o / 2];
    float[] ground = new float[plane];
    float[] occupied = new float[plane];
    int g = 0;
    o = 0;
    for (int i = 0; i < plane; i++) {
      float mean = chw[plane + i];
      if (!(chw[density + i] > 0) || !Float.isFinite(mean)) {
        continue;
      }
      occupied[o++] = mean;
      float span = chw[2 * plane + i];
      float above = chw[3 * plane + i] - level;
      if (Math.abs(span) < GROUND_SPAN_M && Math.abs(above) < GROUND_HEIGHT_M) {
        ground[g++] = mean;
      }
    }
    float[] pick = g >= MIN_GROUND_CELLS ? ground : occupied;
    int n = g >= MIN_GROUND_CELLS ? g : o;
    if (n == 0) {
      return 0f;
    }
    Arrays.sort(pick, 0, n);
    return pick[n / 2];
  }
}
