package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.drivelog.PointCloud;
import java.nio.FloatBuffer;

/**
 * Decodes interleaved float32 x, y, z, reflectance records into a {@link PointCloud}, optionally
 * applying a 3×4 transform (row-major r00 r01 r02 t0 r10 ...) in the same pass.
 */
final class BinDecoder {

  private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);

  private BinDecoder() {}

  /** Points decoded per pass: the scratch copy stays small whatever the sweep's size. */
  private static final int PASS = 1 << 18;

  /**
   * Fills points {@code first..first+n} of {@code out} from {@code src} (which holds just those
   * points); returns the first point with a non-finite value, or -1.
   */
  static int decode(FloatBuffer src, int first, int n, double[] m, PointCloud out) {
    for (int done = 0; done < n; done += PASS) {
      int bad = pass(src, done, first + done, Math.min(PASS, n - done), m, out);
      if (bad >= 0) {
        return bad;
      }
    }
    return -1;
  }

  private static int pass(FloatBuffer src, int from, int first, int n, double[] m, PointCloud out) {
    float[] buf = SCRATCH.get();
    if (buf.length < 4 * n) {
      buf = new float[4 * n];
      SCRATCH.set(buf);
    }
    src.get(4 * from, buf, 0, 4 * n);
    float[] x = out.x(), y = out.y(), z = out.z(), in = out.intensity();
    int bad = -1;
    if (m == null) {
      for (int i = first, j = 0; i < first + n; i++, j += 4) {
        x[i] = buf[j];
        y[i] = buf[j + 1];
        z[i] = buf[j + 2];
        in[i] = buf[j + 3];
      }
    } else {
      float a = (float) m[0], b = (float) m[1], c = (float) m[2], d = (float) m[3];
      float e = (float) m[4], f = (float) m[5], g = (float) m[6], h = (float) m[7];
      float k = (float) m[8], l = (float) m[9], o = (float) m[10], p = (float) m[11];
      for (int i = first, j = 0; i < first + n; i++, j += 4) {
        float px = buf[j], py = buf[j + 1], pz = buf[j + 2];
        x[i] = a * px + b * py + c * pz + d;
        y[i] = e * px + f * py + g * pz + h;
        z[i] = k * px + l * py + o * pz + p;
        in[i] = buf[j + 3];
      }
    }
    for (int i = first; i < first + n; i++) {
      if (!Float.isFinite(x[i] + y[i] + z[i])) {
        bad = i;
        break;
      }
    }
    return bad;
  }
}
