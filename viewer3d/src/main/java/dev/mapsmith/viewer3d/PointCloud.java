package dev.mapsmith.viewer3d;

import java.util.Objects;

/**
 * A point cloud to show: packed x,y,z (metres, scene frame) and intensity per point, with optional
 * per-point class ({@link #CLASS_OTHER}, {@link #CLASS_GROUND}, {@link #CLASS_PAINT}), drive index
 * and time (seconds). Immutable by contract: the arrays are not copied (clouds are large), so the
 * caller must not change them after handing them over. The renderer keeps GPU data per instance.
 */
public final class PointCloud {

  public static final byte CLASS_OTHER = 0;
  public static final byte CLASS_GROUND = 1;
  public static final byte CLASS_PAINT = 2;

  private final float[] xyz;
  private final float[] intensity;
  private final byte[] classes;
  private final byte[] drives;
  private final float[] times;

  private PointCloud(float[] xyz, float[] intensity, byte[] classes, byte[] drives, float[] times) {
    this.xyz = Objects.requireNonNull(xyz, "xyz");
    this.intensity = Objects.requireNonNull(intensity, "intensity");
    if (xyz.length % 3 != 0 || xyz.length / 3 != intensity.length) {
      throw new IllegalArgumentException(
          "need 3 coordinates and 1 intensity per point: "
              + xyz.length
              + " vs "
              + intensity.length);
    }
    int n = intensity.length;
    checkLength("classes", classes, classes == null ? n : classes.length, n);
    checkLength("drives", drives, drives == null ? n : drives.length, n);
    checkLength("times", times, times == null ? n : times.length, n);
    this.classes = classes;
    this.drives = drives;
    this.times = times;
  }

  private static void checkLength(String name, Object array, int length, int n) {
    if (array != null && length != n) {
      throw new IllegalArgumentException(name + " has " + length + " values for " + n + " points");
    }
  }

  public static PointCloud of(float[] xyz, float[] intensity) {
    return new PointCloud(xyz, intensity, null, null, null);
  }

  public PointCloud withClasses(byte[] c) {
    return new PointCloud(xyz, intensity, c, drives, times);
  }

  /** Drive index per point, 0..255, for colouring by drive. */
  public PointCloud withDrives(byte[] d) {
    return new PointCloud(xyz, intensity, classes, d, times);
  }

  public PointCloud withTimes(float[] t) {
    return new PointCloud(xyz, intensity, classes, drives, t);
  }

  public int size() {
    return intensity.length;
  }

  public float x(int i) {
    return xyz[3 * i];
  }

  public float y(int i) {
    return xyz[3 * i + 1];
  }

  public float z(int i) {
    return xyz[3 * i + 2];
  }

  public float intensity(int i) {
    return intensity[i];
  }

  public boolean hasExtras() {
    return classes != null || drives != null || times != null;
  }

  public int pointClass(int i) {
    return classes == null ? CLASS_OTHER : classes[i] & 0xFF;
  }

  public int drive(int i) {
    return drives == null ? 0 : drives[i] & 0xFF;
  }

  public boolean hasTimes() {
    return times != null;
  }

  public float time(int i) {
    return times == null ? 0 : times[i];
  }
}
