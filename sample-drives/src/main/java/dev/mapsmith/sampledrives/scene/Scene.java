package dev.mapsmith.sampledrives.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * The world as rays see it: an analytic ground plane at z = 0 (asphalt where the road mask says
 * road, paint where {@link PaintLayer} has a stripe, grass elsewhere) plus solid objects (oriented
 * boxes, vertical cylinders, spheres) found through a uniform 2D grid walked cell by cell.
 */
public final class Scene {

  static final int BOX = 0;
  static final int CYLINDER = 1;
  static final int SPHERE = 2;
  static final int WORN = 0;
  static final int FADED = 1;
  static final int PATCH_DARK = 2;
  static final int PATCH_LIGHT = 3;
  static final int ASPHALT = 4;
  private static final int STRIDE = 8;
  private static final double CELL = 4.0;

  private final double[] p;
  private final int[] kind;
  private final Material[] material;
  private final double minX;
  private final double minY;
  private final int w;
  private final int h;
  private final int[] start;
  private final int[] items;
  private final double top;
  private final PaintLayer paint;
  private final RoadMask road;
  private final PaintLayer wear;
  private final PaintLayer cover;
  private final Traffic traffic;

  Scene(List<double[]> objects, PaintLayer paint, RoadMask road, double[] bounds) {
    this(objects, paint, road, bounds, null, null, Traffic.NONE);
  }

  /**
   * A scene whose paint is worn where {@code wear} says ({@link #WORN} gone, {@link #FADED} dim),
   * whose ground is patched where {@code cover} says ({@link #PATCH_DARK}, {@link #PATCH_LIGHT},
   * {@link #ASPHALT}), with {@code traffic} moving through it; null layers mean none.
   */
  Scene(
      List<double[]> objects,
      PaintLayer paint,
      RoadMask road,
      double[] bounds,
      PaintLayer wear,
      PaintLayer cover,
      Traffic traffic) {
    this.paint = paint;
    this.road = road;
    this.wear = wear;
    this.cover = cover;
    this.traffic = traffic;
    minX = bounds[0];
    minY = bounds[1];
    w = (int) Math.ceil((bounds[2] - minX) / CELL) + 1;
    h = (int) Math.ceil((bounds[3] - minY) / CELL) + 1;
    int n = objects.size();
    p = new double[n * STRIDE];
    kind = new int[n];
    material = new Material[n];
    double maxZ = 0;
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] o = objects.get(i);
      kind[i] = (int) o[0];
      material[i] = Material.ALL[(int) o[1]];
      System.arraycopy(o, 2, p, i * STRIDE, STRIDE);
      double[] box = footprint(i);
      maxZ = Math.max(maxZ, box[4]);
      for (int r = cellY(box[1]); r <= cellY(box[3]); r++) {
        for (int c = cellX(box[0]); c <= cellX(box[2]); c++) {
          pairs.add(new int[] {r * w + c, i});
        }
      }
    }
    top = maxZ;
    start = new int[w * h + 1];
    pairs.forEach(q -> start[q[0] + 1]++);
    for (int c = 0; c < w * h; c++) {
      start[c + 1] += start[c];
    }
    items = new int[pairs.size()];
    int[] fill = start.clone();
    pairs.forEach(q -> items[fill[q[0]]++] = q[1]);
  }

  public int objectCount() {
    return kind.length;
  }

  public PaintLayer paint() {
    return paint;
  }

  public Traffic traffic() {
    return traffic;
  }

  private int cellX(double x) {
    return Math.max(0, Math.min(w - 1, (int) Math.floor((x - minX) / CELL)));
  }

  private int cellY(double y) {
    return Math.max(0, Math.min(h - 1, (int) Math.floor((y - minY) / CELL)));
  }

  /** minX, minY, maxX, maxY, maxZ of object i. */
  private double[] footprint(int i) {
    int o = i * STRIDE;
    return switch (kind[i]) {
      case BOX -> {
        double ex = Math.abs(p[o + 2]) * p[o + 4] + Math.abs(p[o + 3]) * p[o + 5];
        double ey = Math.abs(p[o + 3]) * p[o + 4] + Math.abs(p[o + 2]) * p[o + 5];
        yield new double[] {p[o] - ex, p[o + 1] - ey, p[o] + ex, p[o + 1] + ey, p[o + 7]};
      }
      case CYLINDER ->
          new double[] {
            p[o] - p[o + 2], p[o + 1] - p[o + 2], p[o] + p[o + 2], p[o + 1] + p[o + 2], p[o + 4]
          };
      default ->
          new double[] {
            p[o] - p[o + 3],
            p[o + 1] - p[o + 3],
            p[o] + p[o + 3],
            p[o + 1] + p[o + 3],
            p[o + 2] + p[o + 3]
          };
    };
  }

  /** The ground material at (x, y). */
  public Material groundAt(double x, double y) {
    int c = paint.paintAt(x, y);
    int worn = c != 0 && wear != null ? wear.codeAt(x, y) : -1;
    if (c != 0 && worn != WORN) {
      return worn == FADED
          ? Material.PAINT_FADED
          : c == 2 ? Material.PAINT_YELLOW : Material.PAINT_WHITE;
    }
    int k = cover == null ? -1 : cover.codeAt(x, y);
    if (k == PATCH_DARK) {
      return Material.ASPHALT_DARK;
    }
    if (k == PATCH_LIGHT) {
      return Material.ASPHALT_LIGHT;
    }
    return k == ASPHALT || road.isRoad(x, y) ? Material.ASPHALT : Material.GRASS;
  }

  /**
   * Casts a ray from (ox, oy, oz) along the unit direction (dx, dy, dz) up to {@code maxT}; fills
   * {@code hit} and returns true on a hit.
   */
  public boolean cast(
      double ox, double oy, double oz, double dx, double dy, double dz, double maxT, Hit hit) {
    return cast(ox, oy, oz, dx, dy, dz, maxT, hit, NO_MOVERS);
  }

  private static final double[] NO_MOVERS = new double[0];

  /**
   * As {@link #cast(double, double, double, double, double, double, double, Hit)}, also hitting the
   * moving cars {@code movers} (from {@link Traffic#boxesAt}) where they are at this instant.
   */
  public boolean cast(
      double ox,
      double oy,
      double oz,
      double dx,
      double dy,
      double dz,
      double maxT,
      Hit hit,
      double[] movers) {
    double limit = maxT;
    boolean ground = false;
    if (dz < 0) {
      double tg = -oz / dz;
      if (tg < limit) {
        limit = tg;
        ground = true;
      }
    }
    double searchLimit = limit;
    if (dz > 0 && oz + dz * limit > top) {
      searchLimit = Math.max(0, (top - oz) / dz);
    }
    hit.t = Double.POSITIVE_INFINITY;
    walk(ox, oy, oz, dx, dy, dz, searchLimit, hit);
    for (int o = 0; o < movers.length; o += Traffic.STRIDE) {
      box(movers, o, Material.CAR, ox, oy, oz, dx, dy, dz, hit);
    }
    if (hit.t <= limit) {
      hit.x = ox + dx * hit.t;
      hit.y = oy + dy * hit.t;
      return true;
    }
    if (ground) {
      hit.t = limit;
      hit.x = ox + dx * limit;
      hit.y = oy + dy * limit;
      hit.material = groundAt(hit.x, hit.y);
      hit.nx = 0;
      hit.ny = 0;
      hit.nz = 1;
      return true;
    }
    return false;
  }

  private void walk(
      double ox, double oy, double oz, double dx, double dy, double dz, double limit, Hit hit) {
    double fx = (ox - minX) / CELL, fy = (oy - minY) / CELL;
    int cx = (int) Math.floor(fx), cy = (int) Math.floor(fy);
    if (cx < 0 || cy < 0 || cx >= w || cy >= h) {
      return;
    }
    int stepX = dx > 0 ? 1 : -1, stepY = dy > 0 ? 1 : -1;
    double tdx = dx == 0 ? Double.POSITIVE_INFINITY : CELL / Math.abs(dx);
    double tdy = dy == 0 ? Double.POSITIVE_INFINITY : CELL / Math.abs(dy);
    double tx = dx == 0 ? Double.POSITIVE_INFINITY : ((dx > 0 ? cx + 1 - fx : fx - cx) * tdx);
    double ty = dy == 0 ? Double.POSITIVE_INFINITY : ((dy > 0 ? cy + 1 - fy : fy - cy) * tdy);
    while (true) {
      int cell = cy * w + cx;
      for (int k = start[cell], e = start[cell + 1]; k < e; k++) {
        intersect(items[k], ox, oy, oz, dx, dy, dz, hit);
      }
      double exit = Math.min(tx, ty);
      if (hit.t <= exit || exit > limit) {
        return;
      }
      if (tx < ty) {
        cx += stepX;
        tx += tdx;
        if (cx < 0 || cx >= w) {
          return;
        }
      } else {
        cy += stepY;
        ty += tdy;
        if (cy < 0 || cy >= h) {
          return;
        }
      }
    }
  }

  private void intersect(
      int i, double ox, double oy, double oz, double dx, double dy, double dz, Hit hit) {
    int o = i * STRIDE;
    switch (kind[i]) {
      case BOX -> box(p, o, material[i], ox, oy, oz, dx, dy, dz, hit);
      case CYLINDER -> cylinder(i, o, ox, oy, oz, dx, dy, dz, hit);
      default -> sphere(i, o, ox, oy, oz, dx, dy, dz, hit);
    }
  }

  /** Hits an oriented box packed in {@code p} at {@code o}, if nearer than {@code hit}. */
  private static void box(
      double[] p,
      int o,
      Material m,
      double ox,
      double oy,
      double oz,
      double dx,
      double dy,
      double dz,
      Hit hit) {
    double c = p[o + 2], s = p[o + 3];
    double rx = ox - p[o], ry = oy - p[o + 1];
    double lx = rx * c + ry * s, ly = -rx * s + ry * c;
    double ldx = dx * c + dy * s, ldy = -dx * s + dy * c;
    double hx = p[o + 4], hy = p[o + 5];
    double tNear = 0, tFar = hit.t;
    int axis = -1;
    double sign = 0;
    // x slab
    if (ldx != 0) {
      double inv = 1 / ldx;
      double t0 = (-hx - lx) * inv, t1 = (hx - lx) * inv;
      double sg = -1;
      if (t0 > t1) {
        double tmp = t0;
        t0 = t1;
        t1 = tmp;
        sg = 1;
      }
      if (t0 > tNear) {
        tNear = t0;
        axis = 0;
        sign = sg;
      }
      tFar = Math.min(tFar, t1);
    } else if (lx < -hx || lx > hx) {
      return;
    }
    if (ldy != 0) {
      double inv = 1 / ldy;
      double t0 = (-hy - ly) * inv, t1 = (hy - ly) * inv;
      double sg = -1;
      if (t0 > t1) {
        double tmp = t0;
        t0 = t1;
        t1 = tmp;
        sg = 1;
      }
      if (t0 > tNear) {
        tNear = t0;
        axis = 1;
        sign = sg;
      }
      tFar = Math.min(tFar, t1);
    } else if (ly < -hy || ly > hy) {
      return;
    }
    if (dz != 0) {
      double inv = 1 / dz;
      double t0 = (p[o + 6] - oz) * inv, t1 = (p[o + 7] - oz) * inv;
      double sg = -1;
      if (t0 > t1) {
        double tmp = t0;
        t0 = t1;
        t1 = tmp;
        sg = 1;
      }
      if (t0 > tNear) {
        tNear = t0;
        axis = 2;
        sign = sg;
      }
      tFar = Math.min(tFar, t1);
    } else if (oz < p[o + 6] || oz > p[o + 7]) {
      return;
    }
    if (axis < 0 || tNear > tFar || tNear >= hit.t) {
      return;
    }
    hit.t = tNear;
    hit.material = m;
    if (axis == 0) {
      hit.nx = sign * c;
      hit.ny = sign * s;
      hit.nz = 0;
    } else if (axis == 1) {
      hit.nx = -sign * s;
      hit.ny = sign * c;
      hit.nz = 0;
    } else {
      hit.nx = 0;
      hit.ny = 0;
      hit.nz = sign;
    }
  }

  private void cylinder(
      int i, int o, double ox, double oy, double oz, double dx, double dy, double dz, Hit hit) {
    double rx = ox - p[o], ry = oy - p[o + 1], r = p[o + 2];
    double a = dx * dx + dy * dy;
    if (a < 1e-12) {
      return;
    }
    double b = rx * dx + ry * dy;
    double cc = rx * rx + ry * ry - r * r;
    double disc = b * b - a * cc;
    if (disc < 0) {
      return;
    }
    double t = (-b - Math.sqrt(disc)) / a;
    if (t <= 0 || t >= hit.t) {
      return;
    }
    double z = oz + dz * t;
    if (z < p[o + 3] || z > p[o + 4]) {
      return;
    }
    hit.t = t;
    hit.material = material[i];
    hit.nx = (rx + dx * t) / r;
    hit.ny = (ry + dy * t) / r;
    hit.nz = 0;
  }

  private void sphere(
      int i, int o, double ox, double oy, double oz, double dx, double dy, double dz, Hit hit) {
    double rx = ox - p[o], ry = oy - p[o + 1], rz = oz - p[o + 2], r = p[o + 3];
    double b = rx * dx + ry * dy + rz * dz;
    double cc = rx * rx + ry * ry + rz * rz - r * r;
    double disc = b * b - cc;
    if (disc < 0) {
      return;
    }
    double t = -b - Math.sqrt(disc);
    if (t <= 0 || t >= hit.t) {
      return;
    }
    hit.t = t;
    hit.material = material[i];
    hit.nx = (rx + dx * t) / r;
    hit.ny = (ry + dy * t) / r;
    hit.nz = (rz + dz * t) / r;
  }
}
