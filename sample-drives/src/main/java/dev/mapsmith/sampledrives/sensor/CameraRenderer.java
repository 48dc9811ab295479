package dev.mapsmith.sampledrives.sensor;

import dev.mapsmith.sampledrives.scene.Hit;
import dev.mapsmith.sampledrives.scene.Scene;
import java.awt.image.BufferedImage;

/**
 * Renders camera 2 (pinhole, 1242×375, KITTI intrinsics): one ray per pixel of a one-third
 * resolution image (414×125), Lambert shading under a fixed sun, haze with distance and a sky
 * gradient, then bilinear upscaling to full size. Cheap by design; not photo-real.
 */
public final class CameraRenderer {

  static final int SCALE = 3;
  private static final double[] SUN = normalize(0.3, 0.4, 0.85);

  private final Scene scene;

  public CameraRenderer(Scene scene) {
    this.scene = scene;
  }

  public BufferedImage render(VehicleMotion.State s) {
    return render(s, new double[0]);
  }

  /** Renders the view at {@code s} with the traffic where it is at {@code t} seconds. */
  public BufferedImage render(VehicleMotion.State s, double t) {
    return render(s, scene.traffic().boxesAt(t));
  }

  private BufferedImage render(VehicleMotion.State s, double[] movers) {
    int w = Rig.WIDTH / SCALE, h = Rig.HEIGHT / SCALE;
    int[] small = new int[w * h];
    double[] cam = Rig.cam2InVehicle();
    double c = Math.cos(s.yaw()), sn = Math.sin(s.yaw());
    double ox = s.x() + c * cam[0] - sn * cam[1];
    double oy = s.y() + sn * cam[0] + c * cam[1];
    double oz = VehicleMotion.IMU_HEIGHT + cam[2];
    Hit hit = new Hit();
    for (int v = 0; v < h; v++) {
      for (int u = 0; u < w; u++) {
        double xc = ((u + 0.5) * SCALE - Rig.CX) / Rig.FX;
        double yc = ((v + 0.5) * SCALE - Rig.CY) / Rig.FY;
        double vx = 1, vy = -xc, vz = -yc;
        double len = Math.sqrt(vx * vx + vy * vy + vz * vz);
        vx /= len;
        vy /= len;
        vz /= len;
        double dx = c * vx - sn * vy, dy = sn * vx + c * vy;
        small[v * w + u] =
            scene.cast(ox, oy, oz, dx, dy, vz, 250, hit, movers) ? shade(hit, vz) : sky(vz);
      }
    }
    return upscale(small, w, h);
  }

  private static int shade(Hit hit, double dz) {
    int rgb = hit.material.rgb();
    double light = 0.45 + 0.55 * Math.max(0, hit.nx * SUN[0] + hit.ny * SUN[1] + hit.nz * SUN[2]);
    double haze = 1 - Math.exp(-hit.t / 300);
    int sky = sky(dz < 0 ? 0 : dz);
    int r = mix((rgb >> 16 & 255) * light, sky >> 16 & 255, haze);
    int g = mix((rgb >> 8 & 255) * light, sky >> 8 & 255, haze);
    int b = mix((rgb & 255) * light, sky & 255, haze);
    return r << 16 | g << 8 | b;
  }

  private static int mix(double a, double b, double t) {
    return (int) Math.max(0, Math.min(255, Math.round(a * (1 - t) + b * t)));
  }

  private static int sky(double dz) {
    double t = Math.max(0, Math.min(1, dz * 3));
    return mix(175, 95, t) << 16 | mix(205, 145, t) << 8 | mix(235, 215, t);
  }

  private static BufferedImage upscale(int[] small, int w, int h) {
    BufferedImage img = new BufferedImage(Rig.WIDTH, Rig.HEIGHT, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[Rig.WIDTH];
    for (int y = 0; y < Rig.HEIGHT; y++) {
      double fy = Math.max(0, Math.min(h - 1.0, (y + 0.5) / SCALE - 0.5));
      int y0 = (int) fy, y1 = Math.min(h - 1, y0 + 1);
      double ty = fy - y0;
      for (int x = 0; x < Rig.WIDTH; x++) {
        double fx = Math.max(0, Math.min(w - 1.0, (x + 0.5) / SCALE - 0.5));
        int x0 = (int) fx, x1 = Math.min(w - 1, x0 + 1);
        double tx = fx - x0;
        int p00 = small[y0 * w + x0], p01 = small[y0 * w + x1];
        int p10 = small[y1 * w + x0], p11 = small[y1 * w + x1];
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
          double top = (p00 >> shift & 255) * (1 - tx) + (p01 >> shift & 255) * tx;
          double bottom = (p10 >> shift & 255) * (1 - tx) + (p11 >> shift & 255) * tx;
          out |= (int) Math.round(top * (1 - ty) + bottom * ty) << shift;
        }
        row[x] = out;
      }
      img.setRGB(0, y, Rig.WIDTH, 1, row, 0, Rig.WIDTH);
    }
    return img;
  }

  private static double[] normalize(double x, double y, double z) {
    double l = Math.sqrt(x * x + y * y + z * z);
    return new double[] {x / l, y / l, z / l};
  }
}
