package dev.mapsmith.viewer3d.render;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.viewer3d.PickResult;
import dev.mapsmith.viewer3d.PickResult.Kind;
import dev.mapsmith.viewer3d.gl.OffscreenTarget;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.joml.Vector4d;

/** Reads the pick-id and depth attachments around a pixel and says what lies there. */
final class Picker {

  private Picker() {}

  static PickResult pick(OffscreenTarget target, SceneRenderer renderer, int x, int y, int r) {
    if (x < 0 || y < 0 || x >= target.width() || y >= target.height()) {
      return PickResult.NOTHING;
    }
    int x0 = Math.max(0, x - r), y0 = Math.max(0, y - r);
    int x1 = Math.min(target.width() - 1, x + r), y1 = Math.min(target.height() - 1, y + r);
    int w = x1 - x0 + 1, h = y1 - y0 + 1;
    int[] ids = target.readIds(x0, y0, w, h);
    int best = -1;
    int bestRank = -1;
    long bestDist = Long.MAX_VALUE;
    for (int j = 0; j < h; j++) {
      for (int i = 0; i < w; i++) {
        int id = ids[j * w + i];
        int rank = rank(renderer, id);
        long dx = x0 + i - x, dy = y0 + j - y, d = dx * dx + dy * dy;
        if (rank > bestRank || rank == bestRank && rank > 0 && d < bestDist) {
          best = j * w + i;
          bestRank = rank;
          bestDist = d;
        }
      }
    }
    if (bestRank <= 0) {
      return PickResult.NOTHING;
    }
    int px = x0 + best % w, py = y0 + best / w;
    int id = ids[best];
    if (id == PickTable.CLOUD) {
      float depth = target.readDepth(px, py, 1, 1)[0];
      Matrix4d vp = renderer.lastViewProj();
      Vector3d world = unproject(vp, target, px, py, depth);
      return new PickResult(Kind.POINT, 0, -1, snapToCloud(renderer, vp, target, px, py, world));
    }
    PickTable.Target t = renderer.pickTarget(id);
    Primitive p =
        renderer.scene().primitives().stream()
            .filter(q -> q.id() == t.primitiveId())
            .findFirst()
            .orElseThrow();
    if (t.kind() == Kind.VERTEX) {
      return new PickResult(Kind.VERTEX, p.id(), t.vertex(), p.geometry().point(t.vertex()));
    }
    Matrix4d vp = renderer.lastViewProj();
    Vector3d near = unproject(vp, target, x, y, 0);
    Vector3d far = unproject(vp, target, x, y, 1);
    return new PickResult(Kind.PRIMITIVE, p.id(), -1, nearestOnLine(p, near, far));
  }

  /**
   * A point sprite covers several pixels at one depth, so the depth read is only near the point:
   * return the actual cloud point nearest to the pixel's ray around that estimate.
   */
  private static Point3 snapToCloud(
      SceneRenderer renderer, Matrix4d vp, OffscreenTarget t, int px, int py, Vector3d estimate) {
    Vector3d near = unproject(vp, t, px, py, 0);
    Vector3d far = unproject(vp, t, px, py, 1);
    Vector3d dir = new Vector3d(far).sub(near).normalize();
    double footprint = unproject(vp, t, px + 1, py, depthOf(vp, estimate)).distance(estimate);
    double radius = Math.max(0.01, 6 * footprint);
    double[] p =
        renderer.nearestCloudPoint(
            new double[] {near.x, near.y, near.z},
            new double[] {dir.x, dir.y, dir.z},
            new double[] {estimate.x, estimate.y, estimate.z},
            radius);
    return p == null
        ? new Point3(estimate.x, estimate.y, estimate.z)
        : new Point3(p[0], p[1], p[2]);
  }

  private static float depthOf(Matrix4d vp, Vector3d world) {
    Vector4d clip = new Vector4d(world, 1);
    vp.transform(clip);
    return (float) (clip.z / clip.w * 0.5 + 0.5);
  }

  private static int rank(SceneRenderer renderer, int id) {
    if (id == PickTable.NOTHING) {
      return 0;
    }
    if (id == PickTable.CLOUD) {
      return 1;
    }
    PickTable.Target t = renderer.pickTarget(id);
    return t == null ? 0 : t.kind() == Kind.VERTEX ? 3 : 2;
  }

  /** World position of a pixel centre at a depth in [0, 1]. */
  static Vector3d unproject(Matrix4d viewProj, OffscreenTarget t, int px, int py, float depth) {
    Vector4d ndc =
        new Vector4d(
            2 * (px + 0.5) / t.width() - 1, 2 * (py + 0.5) / t.height() - 1, 2 * depth - 1, 1);
    new Matrix4d(viewProj).invert().transform(ndc);
    return new Vector3d(ndc.x / ndc.w, ndc.y / ndc.w, ndc.z / ndc.w);
  }

  /** The point of the primitive's polyline nearest to the pick ray. */
  private static Point3 nearestOnLine(Primitive p, Vector3d a, Vector3d b) {
    Polyline g = p.geometry();
    Vector3d dir = new Vector3d(b).sub(a).normalize();
    Point3 best = g.point(0);
    double bestD = Double.POSITIVE_INFINITY;
    int segments = p.closed() ? g.size() : g.size() - 1;
    for (int i = 0; i < segments; i++) {
      Point3 s0 = g.point(i), s1 = g.point((i + 1) % g.size());
      for (int k = 0; k <= 32; k++) {
        double t = k / 32.0;
        Vector3d q =
            new Vector3d(
                s0.x() + t * (s1.x() - s0.x()),
                s0.y() + t * (s1.y() - s0.y()),
                s0.z() + t * (s1.z() - s0.z()));
        Vector3d aq = new Vector3d(q).sub(a);
        double d = aq.lengthSquared() - Math.pow(aq.dot(dir), 2);
        if (d < bestD) {
          bestD = d;
          best = new Point3(q.x, q.y, q.z);
        }
      }
    }
    return best;
  }
}
