package dev.mapsmith.viewer3d;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.viewer3d.render.PrimitiveStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.List;

/**
 * A camera frame with lidar points projected through the calibration (coloured by depth, nearest
 * wins) and map primitives projected on top, so analysts can check the map against the image. Pure
 * CPU, no GL; any thread. The result is TYPE_INT_ARGB, opaque: {@link #argb} gives its pixels as
 * ARGB ints, rows top first.
 */
public final class CameraView {

  /** Depth (metres) at the far end of the colour ramp. */
  public static final double MAX_DEPTH = 60;

  private static final double NEAR = 0.1;

  private CameraView() {}

  /**
   * Draws onto a copy of {@code frame} (or black when null; it must match the intrinsics' size).
   * {@code points} and {@code primitives} are in the scene frame; either may be empty.
   */
  public static BufferedImage render(
      BufferedImage frame, CameraProjector camera, PointCloud points, List<Primitive> primitives) {
    return render(frame, camera, points, primitives, List.of());
  }

  /**
   * As {@link #render(BufferedImage, CameraProjector, PointCloud, List)}, with radar returns (scene
   * frame) drawn over the lidar as outlined squares sized by RCS, coloured by motion, with their
   * velocity arrows.
   */
  public static BufferedImage render(
      BufferedImage frame,
      CameraProjector camera,
      PointCloud points,
      List<Primitive> primitives,
      List<RadarReturns> radar) {
    CameraIntrinsics k = camera.intrinsics();
    int w = k.width(), h = k.height();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, w, h);
      if (frame != null) {
        if (frame.getWidth() != w || frame.getHeight() != h) {
          throw new IllegalArgumentException(
              "camera frame is "
                  + frame.getWidth()
                  + "x"
                  + frame.getHeight()
                  + " but the intrinsics say "
                  + w
                  + "x"
                  + h);
        }
        g.drawImage(frame, 0, 0, null);
      }
      if (points != null) {
        drawPoints(argb(out), w, h, camera, points);
      }
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      for (Primitive p : primitives) {
        g.setColor(new Color(PrimitiveStyle.rgb(p)));
        drawPolyline(g, camera, p.geometry(), p.closed());
      }
      for (RadarReturns r : radar) {
        drawRadar(g, camera, r);
      }
    } finally {
      g.dispose();
    }
    return out;
  }

  /** The pixels of an image made by {@link #render}, shared, not copied. */
  public static int[] argb(BufferedImage image) {
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }

  /** The colour of a lidar point at a depth: near red through yellow, green, to far blue. */
  public static int depthColor(double depth) {
    double t = Math.max(0, Math.min(1, depth / MAX_DEPTH));
    double r = clamp(1.5 - Math.abs(4 * t - 1)), gr = clamp(1.5 - Math.abs(4 * t - 2));
    double b = clamp(1.5 - Math.abs(4 * t - 3));
    return 0xFF000000 | (int) (r * 255) << 16 | (int) (gr * 255) << 8 | (int) (b * 255);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private static void drawPoints(int[] pixels, int w, int h, CameraProjector cam, PointCloud pc) {
    float[] depth = new float[w * h];
    Arrays.fill(depth, Float.POSITIVE_INFINITY);
    double[] c = new double[3];
    for (int i = 0; i < pc.size(); i++) {
      cam.toCamera(pc.x(i), pc.y(i), pc.z(i), c);
      if (c[2] <= NEAR) {
        continue;
      }
      int u = (int) Math.floor(cam.u(c)), v = (int) Math.floor(cam.v(c));
      int color = depthColor(c[2]);
      for (int dy = 0; dy < 2; dy++) {
        for (int dx = 0; dx < 2; dx++) {
          int x = u + dx, y = v + dy;
          if (x >= 0 && y >= 0 && x < w && y < h && c[2] < depth[y * w + x]) {
            depth[y * w + x] = (float) c[2];
            pixels[y * w + x] = color;
          }
        }
      }
    }
  }

  private static void drawPolyline(
      Graphics2D g, CameraProjector cam, Polyline line, boolean closed) {
    int n = line.size();
    int segments = closed && n > 2 ? n : n - 1;
    double[] a = new double[3];
    double[] b = new double[3];
    for (int i = 0; i < segments; i++) {
      int j = (i + 1) % n;
      cam.toCamera(line.x(i), line.y(i), line.z(i), a);
      cam.toCamera(line.x(j), line.y(j), line.z(j), b);
      if (a[2] <= NEAR && b[2] <= NEAR) {
        continue;
      }
      clipToNear(a, b);
      clipToNear(b, a);
      g.draw(new Line2D.Double(cam.u(a), cam.v(a), cam.u(b), cam.v(b)));
    }
  }

  private static void drawRadar(Graphics2D g, CameraProjector cam, RadarReturns r) {
    double[] c = new double[3];
    for (int i = 0; i < r.size(); i++) {
      cam.toCamera(r.x()[i], r.y()[i], r.z()[i], c);
      if (c[2] <= NEAR) {
        continue;
      }
      g.setColor(new Color(r.rgb(i)));
      double s = r.markerPx(i);
      g.draw(new java.awt.geom.Rectangle2D.Double(cam.u(c) - s / 2, cam.v(c) - s / 2, s, s));
      if (r.hasArrow(i)) {
        double t = RadarReturns.ARROW_SECONDS;
        Polyline arrow =
            Polyline.of(
                r.x()[i],
                r.y()[i],
                r.z()[i],
                r.x()[i] + r.vx()[i] * t,
                r.y()[i] + r.vy()[i] * t,
                r.z()[i]);
        drawPolyline(g, cam, arrow, false);
      }
    }
  }

  /** Moves {@code p} along the segment to the near plane when it lies behind it. */
  private static void clipToNear(double[] p, double[] q) {
    if (p[2] > NEAR) {
      return;
    }
    double s = (NEAR - p[2]) / (q[2] - p[2]);
    for (int k = 0; k < 3; k++) {
      p[k] += s * (q[k] - p[k]);
    }
  }
}
