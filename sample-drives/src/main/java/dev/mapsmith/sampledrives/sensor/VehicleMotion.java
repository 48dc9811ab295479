package dev.mapsmith.sampledrives.sensor;

import java.util.List;

/**
 * The true motion of the vehicle along a route centreline: planar, smoothed path, speed varying ±5
 * % around the cruise speed with a 12 s period. The vehicle frame is the IMU's, x forward, y left,
 * z up, {@value #IMU_HEIGHT} m above the ground.
 */
public final class VehicleMotion {

  public static final double IMU_HEIGHT = 0.93;
  public static final double WHEELBASE = 2.71;
  private static final double STEP = 0.5;
  private static final double PERIOD = 12;
  private static final double START = 2.0;

  /** The state at one instant: position, yaw, speed, acceleration, yaw rate, curvature. */
  public record State(
      double x,
      double y,
      double yaw,
      double speed,
      double accel,
      double yawRate,
      double curvature) {}

  private final double[] xs;
  private final double[] ys;
  private final double[] hs;
  private final double[] ks;
  private final double speed;

  public VehicleMotion(List<double[]> centreline, double cruiseSpeed) {
    this.speed = cruiseSpeed;
    double[][] path = resample(centreline);
    int n = path.length;
    double[][] smooth = new double[n][];
    for (int i = 0; i < n; i++) {
      double sx = 0, sy = 0;
      int c = 0;
      for (int k = Math.max(0, i - 4); k <= Math.min(n - 1, i + 4); k++) {
        sx += path[k][0];
        sy += path[k][1];
        c++;
      }
      smooth[i] = new double[] {sx / c, sy / c};
    }
    xs = new double[n];
    ys = new double[n];
    hs = new double[n];
    ks = new double[n];
    double prev = 0;
    for (int i = 0; i < n; i++) {
      xs[i] = smooth[i][0];
      ys[i] = smooth[i][1];
      int a = Math.max(0, i - 1), b = Math.min(n - 1, i + 1);
      double h = Math.atan2(smooth[b][1] - smooth[a][1], smooth[b][0] - smooth[a][0]);
      if (i > 0) {
        while (h - prev > Math.PI) {
          h -= 2 * Math.PI;
        }
        while (h - prev < -Math.PI) {
          h += 2 * Math.PI;
        }
      }
      hs[i] = h;
      prev = h;
    }
    for (int i = 0; i < n; i++) {
      int a = Math.max(0, i - 2), b = Math.min(n - 1, i + 2);
      ks[i] = b > a ? (hs[b] - hs[a]) / ((b - a) * STEP) : 0;
    }
  }

  /** The length of the (resampled) route, metres. */
  public double routeLength() {
    return (xs.length - 1) * STEP;
  }

  /** Seconds the route lasts at this speed profile (leaving 2 m at each end). */
  public double maxDuration() {
    return Math.max(0, ((xs.length - 1) * STEP - 2 * START) / (speed * 1.05));
  }

  public State at(double t) {
    double w = 2 * Math.PI / PERIOD;
    double s = START + speed * (t + 0.05 / w * (1 - Math.cos(w * t)));
    double v = speed * (1 + 0.05 * Math.sin(w * t));
    double a = speed * 0.05 * w * Math.cos(w * t);
    double f = Math.max(0, Math.min(xs.length - 1.0, s / STEP));
    int i = Math.min(xs.length - 2, (int) f);
    double u = f - i;
    double x = xs[i] + u * (xs[i + 1] - xs[i]);
    double y = ys[i] + u * (ys[i + 1] - ys[i]);
    double h = hs[i] + u * (hs[i + 1] - hs[i]);
    double k = ks[i] + u * (ks[i + 1] - ks[i]);
    return new State(x, y, h, v, a, v * k, k);
  }

  /** Front-wheel steering angle of a bicycle model at the state's curvature, radians. */
  public static double steering(State s) {
    return Math.atan(WHEELBASE * s.curvature());
  }

  private static double[][] resample(List<double[]> pts) {
    double total = 0;
    double[] cum = new double[pts.size()];
    for (int i = 1; i < pts.size(); i++) {
      total += Math.hypot(pts.get(i)[0] - pts.get(i - 1)[0], pts.get(i)[1] - pts.get(i - 1)[1]);
      cum[i] = total;
    }
    int n = Math.max(2, (int) Math.floor(total / STEP) + 1);
    double[][] out = new double[n][];
    int seg = 1;
    for (int k = 0; k < n; k++) {
      double target = k * STEP;
      while (seg < pts.size() - 1 && cum[seg] < target) {
        seg++;
      }
      double d = cum[seg] - cum[seg - 1];
      double t = d > 0 ? Math.min(1, (target - cum[seg - 1]) / d) : 0;
      double[] a = pts.get(seg - 1), b = pts.get(seg);
      out[k] = new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])};
    }
    return out;
  }
}
