package dev.mapsmith.viewer3d.render;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.viewer3d.CameraFrustum;
import dev.mapsmith.viewer3d.CameraIntrinsics;
import dev.mapsmith.viewer3d.PickResult.Kind;
import dev.mapsmith.viewer3d.RadarReturns;
import dev.mapsmith.viewer3d.SceneData;
import dev.mapsmith.viewer3d.Trajectory;

/**
 * The line and marker geometry of a scene, built on the CPU: grid and axes (depth-tested, under the
 * cloud), then overlays drawn on top: trajectories, frustums, radar returns and their velocity
 * arrows, primitives, the area selection, and vertex handles of selected primitives.
 */
final class SceneGeometry {

  static final int MAX_GRID_LINES = 200;

  final LineBuilder grid = new LineBuilder();
  final LineBuilder overlay = new LineBuilder();
  final MarkerBuilder handles = new MarkerBuilder();
  final PickTable picks = new PickTable();

  /** {@code bounds}: min x, y, z, max x, y, z of the scene's data (may be empty). */
  static SceneGeometry build(SceneData scene, float[] bounds) {
    SceneGeometry g = new SceneGeometry();
    if (scene.gridSpacing() > 0) {
      g.grid(scene, bounds);
    }
    if (scene.axes()) {
      double len = Math.max(5, scene.gridSpacing() * 2);
      double z = scene.groundZ();
      g.grid.segment(0, 0, z, len, 0, z, 0, len, 0, 3, 0xFF3030, 0, 0);
      g.grid.segment(0, 0, z, 0, len, z, 0, len, 0, 3, 0x30FF30, 0, 0);
      g.grid.segment(0, 0, z, 0, 0, z + len, 0, len, 0, 3, 0x3080FF, 0, 0);
    }
    for (Trajectory t : scene.trajectories()) {
      if (t.path().size() >= 2) {
        g.overlay.polyline(t.path(), false, 0, 2, t.rgb(), 0, 0);
      }
    }
    for (CameraFrustum f : scene.frustums()) {
      g.frustum(f);
    }
    for (RadarReturns r : scene.radar()) {
      g.radar(r);
    }
    for (Primitive p : scene.primitives()) {
      g.primitive(p, scene.selected().contains(p.id()), scene.hovered() == p.id());
    }
    if (scene.areaSelection() != null && scene.areaSelection().size() >= 2) {
      g.overlay.polyline(scene.areaSelection(), true, 0, 2, 0xFF40FF, 0, 0);
    }
    return g;
  }

  private void primitive(Primitive p, boolean selected, boolean hovered) {
    int id = picks.add(Kind.PRIMITIVE, p.id(), -1);
    float minPx = selected ? 4 : hovered ? 3 : 2;
    overlay.polyline(
        p.geometry(),
        p.closed(),
        PrimitiveStyle.widthMetres(p),
        minPx,
        PrimitiveStyle.rgb(p, selected, hovered),
        PrimitiveStyle.dashPeriod(p),
        id);
    if (selected) {
      for (int i = 0; i < p.geometry().size(); i++) {
        int vid = picks.add(Kind.VERTEX, p.id(), i);
        handles.marker(
            p.geometry().x(i),
            p.geometry().y(i),
            p.geometry().z(i),
            9,
            PrimitiveStyle.HANDLE_RGB,
            vid);
      }
    }
  }

  /** Radar returns: square markers by RCS and colour by motion, velocity arrows on top. */
  private void radar(RadarReturns r) {
    for (int i = 0; i < r.size(); i++) {
      handles.marker(r.x()[i], r.y()[i], r.z()[i], r.markerPx(i), r.rgb(i), 0);
      if (r.hasArrow(i)) {
        arrow(r.x()[i], r.y()[i], r.z()[i], r.vx()[i], r.vy()[i], r.rgb(i));
      }
    }
  }

  /** A ground-plane arrow from (x, y, z) along (vx, vy) × {@link RadarReturns#ARROW_SECONDS}. */
  private void arrow(double x, double y, double z, double vx, double vy, int rgb) {
    double t = RadarReturns.ARROW_SECONDS;
    double ex = x + vx * t, ey = y + vy * t;
    double len = Math.hypot(vx, vy) * t, head = Math.min(0.6, len / 3);
    double ux = vx * t / len, uy = vy * t / len;
    overlay.segment(x, y, z, ex, ey, z, 0, 0, 0, 2, rgb, 0, 0);
    for (int side = -1; side <= 1; side += 2) {
      double hx = ex - head * (ux * 0.87 - side * uy * 0.5);
      double hy = ey - head * (uy * 0.87 + side * ux * 0.5);
      overlay.segment(ex, ey, z, hx, hy, z, 0, 0, 0, 2, rgb, 0, 0);
    }
  }

  private void frustum(CameraFrustum f) {
    CameraIntrinsics k = f.intrinsics();
    RigidTransform t = f.cameraToWorld();
    double d = f.depth();
    Point3 apex = t.apply(new Point3(0, 0, 0));
    Point3[] c = new Point3[4];
    double[][] uv = {{0, 0}, {k.width(), 0}, {k.width(), k.height()}, {0, k.height()}};
    for (int i = 0; i < 4; i++) {
      c[i] =
          t.apply(
              new Point3((uv[i][0] - k.cx()) / k.fx() * d, (uv[i][1] - k.cy()) / k.fy() * d, d));
    }
    for (int i = 0; i < 4; i++) {
      line(apex, c[i], f.rgb());
      line(c[i], c[(i + 1) % 4], f.rgb());
    }
  }

  private void line(Point3 a, Point3 b, int rgb) {
    overlay.segment(a.x(), a.y(), a.z(), b.x(), b.y(), b.z(), 0, 0, 0, 1.5f, rgb, 0, 0);
  }

  private void grid(SceneData scene, float[] b) {
    boolean empty = !(b[0] <= b[3]);
    double minX = empty ? -50 : b[0], minY = empty ? -50 : b[1];
    double maxX = empty ? 50 : b[3], maxY = empty ? 50 : b[4];
    double s = scene.gridSpacing();
    while ((maxX - minX) / s > MAX_GRID_LINES || (maxY - minY) / s > MAX_GRID_LINES) {
      s *= 10;
    }
    double x0 = Math.floor(minX / s) * s, x1 = Math.ceil(maxX / s) * s;
    double y0 = Math.floor(minY / s) * s, y1 = Math.ceil(maxY / s) * s;
    double z = scene.groundZ();
    for (double x = x0; x <= x1 + s / 2; x += s) {
      grid.segment(x, y0, z, x, y1, z, 0, 0, 0, 1, 0x404850, 0, 0);
    }
    for (double y = y0; y <= y1 + s / 2; y += s) {
      grid.segment(x0, y, z, x1, y, z, 0, 0, 0, 1, 0x404850, 0, 0);
    }
  }
}
