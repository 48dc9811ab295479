package dev.mapsmith.sampledrives.sensor;

/**
 * A spinning multi-beam lidar: beam elevations (degrees, top first), firings per revolution, 10 Hz,
 * maximum range, and its noise (range sigma, dropout probability, intensity noise) which {@code
 * noise = false} turns off entirely; {@code intensityLevels} &gt; 0 quantises intensity to k /
 * levels.
 */
public record LidarModel(
    double[] elevationsDeg,
    int columns,
    double rateHz,
    double maxRange,
    boolean noise,
    int intensityLevels) {

  /** A model reporting continuous intensity (no quantisation). */
  public LidarModel(
      double[] elevationsDeg, int columns, double rateHz, double maxRange, boolean noise) {
    this(elevationsDeg, columns, rateHz, maxRange, noise, 0);
  }

  /**
   * This model with intensity rounded to {@code levels} + 1 values (k / levels; 255 = 8 bits, as
   * real sensors report), or continuous for 0.
   */
  public LidarModel withIntensityLevels(int levels) {
    if (levels < 0) {
      throw new IllegalArgumentException("intensity levels must be 0 or more: " + levels);
    }
    return new LidarModel(elevationsDeg, columns, rateHz, maxRange, noise, levels);
  }

  public static final double RANGE_SIGMA = 0.02;
  public static final double DROPOUT = 0.004;

  /** 64 beams evenly from +2° to −24.8°, 2000 firings per turn (~120k points per sweep). */
  public static LidarModel hdl64(boolean noise) {
    return new LidarModel(spread(64, 2.0, -24.8), 2000, 10, 120, noise);
  }

  /** 32 beams evenly from +10.67° to −30.67° (an HDL-32E), 2000 firings per turn. */
  public static LidarModel hdl32(boolean noise) {
    return new LidarModel(spread(32, 10.67, -30.67), 2000, 10, 100, noise);
  }

  public int beams() {
    return elevationsDeg.length;
  }

  public int raysPerSweep() {
    return beams() * columns;
  }

  private static double[] spread(int n, double top, double bottom) {
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      e[i] = top + (bottom - top) * i / (n - 1);
    }
    return e;
  }
}
