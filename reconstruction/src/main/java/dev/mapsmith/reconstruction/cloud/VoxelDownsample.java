package dev.mapsmith.reconstruction.cloud;

import dev.mapsmith.drivelog.PointCloud;

/**
 * Voxel-grid downsampling: one point per occupied voxel, at the centroid of its points, with their
 * mean intensity (as PCL's VoxelGrid). Sort-free: voxels are found with an open-addressing hash
 * table on the packed voxel index, so the cost is linear in the points.
 */
public final class VoxelDownsample {

  private VoxelDownsample() {}

  /** Downsamples {@code cloud} to voxels of edge {@code voxel} metres. */
  public static PointCloud apply(PointCloud cloud, double voxel) {
    int n = cloud.size();
    float[] x = cloud.x(), y = cloud.y(), z = cloud.z(), in = cloud.intensity();
    double inv = 1 / voxel;
    int capacity = Integer.highestOneBit(Math.max(16, n) * 2) * 2;
    long[] keys = new long[capacity];
    int[] slotOf = new int[capacity];
    java.util.Arrays.fill(keys, Long.MIN_VALUE);
    double[] sx = new double[Math.max(1, n)],
        sy = new double[sx.length],
        sz = new double[sx.length];
    float[] si = new float[sx.length];
    int[] cnt = new int[sx.length];
    int voxels = 0;
    int mask = capacity - 1;
    for (int i = 0; i < n; i++) {
      long key =
          pack(
              (int) Math.floor(x[i] * inv),
              (int) Math.floor(y[i] * inv),
              (int) Math.floor(z[i] * inv));
      int h = (int) (mix(key) & mask);
      while (keys[h] != Long.MIN_VALUE && keys[h] != key) {
        h = (h + 1) & mask;
      }
      int v;
      if (keys[h] == Long.MIN_VALUE) {
        keys[h] = key;
        v = voxels++;
        slotOf[h] = v;
      } else {
        v = slotOf[h];
      }
      sx[v] += x[i];
      sy[v] += y[i];
      sz[v] += z[i];
      si[v] += in[i];
      cnt[v]++;
    }
    PointCloud out = PointCloud.allocate(voxels, false);
    for (int v = 0; v < voxels; v++) {
      out.x()[v] = (float) (sx[v] / cnt[v]);
      out.y()[v] = (float) (sy[v] / cnt[v]);
      out.z()[v] = (float) (sz[v] / cnt[v]);
      out.intensity()[v] = si[v] / cnt[v];
    }
    return out;
  }

  private static long pack(int ix, int iy, int iz) {
    return ((long) (ix & 0x1FFFFF) << 42) | ((long) (iy & 0x1FFFFF) << 21) | (iz & 0x1FFFFF);
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return k;
  }
}
