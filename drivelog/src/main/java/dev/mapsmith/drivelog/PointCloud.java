package dev.mapsmith.drivelog;

/**
 * Points as parallel float arrays: x, y, z in metres, intensity normalised to [0, 1], and, where
 * the format has it, per-point time offset in seconds from the sweep's timestamp (else null).
 * Arrays may be longer than {@link #size()}.
 */
public record PointCloud(
    int size, float[] x, float[] y, float[] z, float[] intensity, float[] time) {

  public PointCloud {
    if (x.length < size || y.length < size || z.length < size || intensity.length < size) {
      throw new IllegalArgumentException("point arrays shorter than size " + size);
    }
    if (time != null && time.length < size) {
      throw new IllegalArgumentException("time array shorter than size " + size);
    }
  }

  public static PointCloud allocate(int size, boolean withTime) {
    return new PointCloud(
        size,
        new float[size],
        new float[size],
        new float[size],
        new float[size],
        withTime ? new float[size] : null);
  }
}
