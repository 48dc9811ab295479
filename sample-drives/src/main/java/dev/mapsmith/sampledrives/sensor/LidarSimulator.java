package dev.mapsmith.sampledrives.sensor;

import dev.mapsmith.sampledrives.scene.Hit;
import dev.mapsmith.sampledrives.scene.Material;
import dev.mapsmith.sampledrives.scene.Scene;
import java.util.SplittableRandom;

/**
 * Simulates one lidar sweep. The head turns clockwise (seen from above) from straight behind;
 * firing column j happens at {@code start + (j + 0.5) / columns / rate} from the vehicle pose at
 * that instant (motion during the sweep), and its points are in the lidar frame of that instant, as
 * a real sensor reports them. Points are x, y, z, reflectance, packed in a float array; the
 * reflectance is quantised when the model says so (8 bits: k / 255, like a real sensor's).
 */
public final class LidarSimulator {

  private final Scene scene;
  private final VehicleMotion motion;
  private final LidarModel model;
  private final double[] cosE;
  private final double[] sinE;
  private final double[] cosA;
  private final double[] sinA;

  public LidarSimulator(Scene scene, VehicleMotion motion, LidarModel model) {
    this.scene = scene;
    this.motion = motion;
    this.model = model;
    int b = model.beams(), n = model.columns();
    cosE = new double[b];
    sinE = new double[b];
    for (int i = 0; i < b; i++) {
      double e = Math.toRadians(model.elevationsDeg()[i]);
      cosE[i] = Math.cos(e);
      sinE[i] = Math.sin(e);
    }
    cosA = new double[n];
    sinA = new double[n];
    for (int j = 0; j < n; j++) {
      double a = azimuth(j, n);
      cosA[j] = Math.cos(a);
      sinA[j] = Math.sin(a);
    }
  }

  /** Azimuth of column j in the lidar frame, radians (π = behind, 0 = ahead). */
  public static double azimuth(int j, int columns) {
    return Math.PI - 2 * Math.PI * (j + 0.5) / columns;
  }

  /** A sweep starting at {@code startS} seconds; returns packed points, length 4 × count. */
  public float[] sweep(double startS, SplittableRandom rng) {
    int n = model.columns(), b = model.beams();
    float[] out = new float[4 * n * b];
    int count = 0;
    Hit hit = new Hit();
    double[] lv = Rig.LIDAR_IN_VEHICLE;
    for (int j = 0; j < n; j++) {
      double time = startS + (j + 0.5) / n / model.rateHz();
      VehicleMotion.State s = motion.at(time);
      double[] movers = scene.traffic().boxesAt(time);
      double c = Math.cos(s.yaw()), sn = Math.sin(s.yaw());
      double ox = s.x() + c * lv[0] - sn * lv[1];
      double oy = s.y() + sn * lv[0] + c * lv[1];
      double oz = VehicleMotion.IMU_HEIGHT + lv[2];
      for (int i = 0; i < b; i++) {
        double lx = cosE[i] * cosA[j], ly = cosE[i] * sinA[j], lz = sinE[i];
        double dx = c * lx - sn * ly, dy = sn * lx + c * ly;
        if (!scene.cast(ox, oy, oz, dx, dy, lz, model.maxRange(), hit, movers)) {
          continue;
        }
        double r = hit.t;
        float intensity = intensity(hit, dx, dy, lz, r, rng);
        if (model.noise()) {
          if (rng.nextDouble() < LidarModel.DROPOUT
              || (intensity < 0.02 && r > 50 && rng.nextBoolean())) {
            continue;
          }
          r += rng.nextGaussian() * LidarModel.RANGE_SIGMA;
        }
        out[count++] = (float) (lx * r);
        out[count++] = (float) (ly * r);
        out[count++] = (float) (lz * r);
        out[count++] = intensity;
      }
    }
    return java.util.Arrays.copyOf(out, count);
  }

  private float intensity(
      Hit hit, double dx, double dy, double dz, double r, SplittableRandom rng) {
    Material m = hit.material;
    double cosInc = Math.abs(hit.nx * dx + hit.ny * dy + hit.nz * dz);
    double angular = m.isPaint() ? 0.75 + 0.25 * cosInc : 0.35 + 0.65 * cosInc;
    double v = m.reflectivity() * angular * (1 - 0.4 * Math.min(1, r / model.maxRange()));
    if (model.noise()) {
      v = v * (1 + 0.08 * rng.nextGaussian()) + 0.01 * rng.nextGaussian();
    }
    return quantised(v, model.intensityLevels());
  }

  /** Clamps to [0, 1] and, for {@code levels} &gt; 0, rounds to k / levels. */
  static float quantised(double v, int levels) {
    double c = Math.max(0, Math.min(1, v));
    return (float) (levels > 0 ? Math.round(c * levels) / (double) levels : c);
  }
}
