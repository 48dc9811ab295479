package dev.mapsmith.models.synthetic;

import dev.mapsmith.models.ModelInput;
import dev.mapsmith.models.TrainingTile;
import java.util.Random;

/**
 * Renders random road scenes ({@link RoadScene}) into training tiles as a lidar sweep would: each
 * cell receives a random number of points (denser near the vehicle's track, none far away), each
 * point hits the scene at a random spot in the cell with noisy intensity; parked cars add tall
 * returns that hide the ground. The five channels are then computed as BevRasterizer and the
 * training-set export compute them. Deterministic for a given seed.
 */
public final class SyntheticTiles {

  private SyntheticTiles() {}

  /** The tile for {@code seed}: {@code size x size} cells of {@code resolution} metres. */
  public static TrainingTile generate(long seed, int size, double resolution) {
    Random rnd = new Random(seed);
    double metres = size * resolution;
    RoadScene scene = new RoadScene(rnd, metres);
    double near = 15 + 35 * rnd.nextDouble();
    double falloff = 6 + 10 * rnd.nextDouble();
    double[][] cars = cars(rnd, metres);
    int plane = size * size;
    float[] chw = new float[5 * plane];
    byte[] mask = new byte[plane];
    float[] minZ = new float[plane];
    for (int r = 0; r < size; r++) {
      for (int c = 0; c < size; c++) {
        int i = r * size + c;
        double cx = (c + 0.5) * resolution;
        double cy = (size - r - 0.5) * resolution;
        mask[i] = (byte) scene.label(cx, cy).ordinal();
        double lambda = near * Math.exp(-scene.egoDistance(cx, cy) / falloff);
        int n = poisson(rnd, lambda);
        float max = 0;
        double sum = 0;
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
          double x = (c + rnd.nextDouble()) * resolution;
          double y = (size - r - 1 + rnd.nextDouble()) * resolution;
          RoadScene.Surface s = scene.surface(x, y);
          double z = s.z() + 0.01 * rnd.nextGaussian();
          double refl = s.reflectance();
          double carTop = carHeight(cars, x, y);
          if (carTop > 0 && rnd.nextDouble() < 0.9) {
            z = s.z() + carTop * rnd.nextDouble();
            refl = 0.1 + 0.3 * rnd.nextDouble();
          }
          float in = (float) Math.max(0, Math.min(1, refl * (1 + 0.25 * rnd.nextGaussian())));
          max = Math.max(max, in);
          sum += in;
          lo = Math.min(lo, (float) z);
          hi = Math.max(hi, (float) z);
        }
        chw[i] = max;
        chw[plane + i] = n == 0 ? 0 : (float) (sum / n);
        chw[2 * plane + i] = n == 0 ? 0 : hi - lo;
        minZ[i] = n == 0 ? Float.NaN : lo;
        chw[4 * plane + i] = (float) Math.log1p(n);
      }
    }
    float ground = ModelInput.medianFinite(minZ);
    for (int i = 0; i < plane; i++) {
      chw[3 * plane + i] = Float.isNaN(minZ[i]) ? 0 : minZ[i] - ground;
    }
    return new TrainingTile("syn-" + seed, chw, mask, ModelInput.CHANNELS.size(), size);
  }

  /** Up to two parked cars as {x0, y0, x1, y1, height} axis-aligned boxes. */
  private static double[][] cars(Random rnd, double metres) {
    int n = rnd.nextDouble() < 0.3 ? 1 + rnd.nextInt(2) : 0;
    double[][] out = new double[n][];
    for (int k = 0; k < n; k++) {
      double x = rnd.nextDouble() * metres;
      double y = rnd.nextDouble() * metres;
      boolean wide = rnd.nextBoolean();
      out[k] =
          new double[] {
            x, y, x + (wide ? 4.5 : 1.8), y + (wide ? 1.8 : 4.5), 1.4 + 0.4 * rnd.nextDouble()
          };
    }
    return out;
  }

  private static double carHeight(double[][] cars, double x, double y) {
    for (double[] c : cars) {
      if (x >= c[0] && x <= c[2] && y >= c[1] && y <= c[3]) {
        return c[4];
      }
    }
    return 0;
  }

  private static int poisson(Random rnd, double lambda) {
    if (lambda > 30) {
      return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * rnd.nextGaussian()));
    }
    double l = Math.exp(-lambda);
    int k = 0;
    double p = rnd.nextDouble();
    while (p > l) {
      k++;
      p *= rnd.nextDouble();
    }
    return k;
  }
}
