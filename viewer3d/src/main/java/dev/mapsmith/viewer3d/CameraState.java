package dev.mapsmith.viewer3d;

import dev.mapsmith.core.geom.Point3;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * An immutable camera. The eye looks at {@code target} from {@code distance} metres away along the
 * direction given by {@code yaw} (radians, counter-clockwise from +x, the heading the camera looks
 * along) and {@code pitch} (radians below the horizon, up to π/2 = straight down). In {@link
 * CameraMode#TOP} the view is orthographic, straight down, {@code distance} is half the visible
 * height in metres and {@code yaw} is the heading shown as "up" in the image.
 */
public record CameraState(
    CameraMode mode,
    double targetX,
    double targetY,
    double targetZ,
    double yaw,
    double pitch,
    double distance,
    double fovYDegrees) {

  static final double MIN_DISTANCE = 0.05;
  static final double MAX_PITCH = Math.toRadians(89.9);

  public CameraState {
    if (!(distance > 0) || !Double.isFinite(distance)) {
      throw new IllegalArgumentException("camera distance must be positive: " + distance);
    }
    if (!(fovYDegrees > 1 && fovYDegrees < 170)) {
      throw new IllegalArgumentException("field of view out of range: " + fovYDegrees);
    }
    pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pitch));
  }

  /** An orbit camera looking at {@code target}, 45° down, from the south-west. */
  public static CameraState orbit(Point3 target, double distance) {
    return new CameraState(
        CameraMode.ORBIT,
        target.x(),
        target.y(),
        target.z(),
        Math.PI / 4,
        Math.PI / 4,
        distance,
        60);
  }

  /**
   * A top-down orthographic view centred on (x, y) showing {@code halfHeight} metres above and
   * below.
   */
  public static CameraState top(double x, double y, double halfHeight) {
    return new CameraState(CameraMode.TOP, x, y, 0, Math.PI / 2, MAX_PITCH, halfHeight, 60);
  }

  public Point3 target() {
    return new Point3(targetX, targetY, targetZ);
  }

  public CameraState withMode(CameraMode m) {
    return new CameraState(m, targetX, targetY, targetZ, yaw, pitch, distance, fovYDegrees);
  }

  public CameraState withTarget(Point3 t) {
    return new CameraState(mode, t.x(), t.y(), t.z(), yaw, pitch, distance, fovYDegrees);
  }

  public CameraState withDistance(double d) {
    return new CameraState(
        mode, targetX, targetY, targetZ, yaw, pitch, Math.max(MIN_DISTANCE, d), fovYDegrees);
  }

  /** The unit vector the camera looks along. */
  public Vector3d forward() {
    if (mode == CameraMode.TOP) {
      return new Vector3d(0, 0, -1);
    }
    double c = Math.cos(pitch);
    return new Vector3d(c * Math.cos(yaw), c * Math.sin(yaw), -Math.sin(pitch));
  }

  /** The eye position in world coordinates (for TOP: high above the target). */
  public Vector3d eye() {
    double back = mode == CameraMode.TOP ? 10_000 : distance;
    return new Vector3d(targetX, targetY, targetZ).sub(forward().mul(back));
  }

  /** Rotates about the target (ORBIT, TOP) or about the eye (FLY). */
  public CameraState rotate(double dYaw, double dPitch) {
    if (mode == CameraMode.TOP) {
      return new CameraState(
          mode, targetX, targetY, targetZ, yaw + dYaw, pitch, distance, fovYDegrees);
    }
    CameraState turned =
        new CameraState(
            mode, targetX, targetY, targetZ, yaw + dYaw, pitch + dPitch, distance, fovYDegrees);
    if (mode == CameraMode.ORBIT) {
      return turned;
    }
    Vector3d t = eye().add(turned.forward().mul(distance));
    return turned.withTarget(new Point3(t.x, t.y, t.z));
  }

  /**
   * Moves eye and target together: {@code forward} along the view, {@code right}, {@code up}
   * (metres).
   */
  public CameraState move(double forward, double right, double up) {
    Vector3d f = mode == CameraMode.TOP ? new Vector3d(Math.cos(yaw), Math.sin(yaw), 0) : forward();
    Vector3d r = new Vector3d(Math.sin(yaw), -Math.cos(yaw), 0);
    Vector3d u = new Vector3d(0, 0, 1);
    Vector3d t = new Vector3d(targetX, targetY, targetZ);
    t.fma(forward, f).fma(right, r).fma(up, u);
    return withTarget(new Point3(t.x, t.y, t.z));
  }

  /**
   * Multiplies the distance (or the TOP view's half height) by {@code factor}; below 1 zooms in.
   */
  public CameraState zoom(double factor) {
    return withDistance(distance * factor);
  }

  /**
   * Zooms by {@code factor} towards {@code anchor} (e.g. the point under the pointer): the target
   * moves along with the distance, so the anchor keeps its place in a TOP view and nearly so in
   * perspective.
   */
  public CameraState zoomAt(Point3 anchor, double factor) {
    double f = Math.max(MIN_DISTANCE, distance * factor) / distance;
    Point3 t =
        new Point3(
            anchor.x() + (targetX - anchor.x()) * f,
            anchor.y() + (targetY - anchor.y()) * f,
            mode == CameraMode.TOP ? targetZ : anchor.z() + (targetZ - anchor.z()) * f);
    return withTarget(t).withDistance(distance * f);
  }

  /**
   * The state {@code t} of the way from this to {@code to} (t in [0, 1]); distance moves
   * geometrically so that a zoom animated over frames looks even (smooth zoom).
   */
  public CameraState interpolate(CameraState to, double t) {
    double dyaw = Math.IEEEremainder(to.yaw - yaw, 2 * Math.PI);
    return new CameraState(
        t < 1 ? mode : to.mode,
        targetX + t * (to.targetX - targetX),
        targetY + t * (to.targetY - targetY),
        targetZ + t * (to.targetZ - targetZ),
        yaw + t * dyaw,
        pitch + t * (to.pitch - pitch),
        distance * Math.pow(to.distance / distance, t),
        fovYDegrees + t * (to.fovYDegrees - fovYDegrees));
  }

  /**
   * Looks at the centre of the box and backs off until it fits the view (aspect = width/height).
   */
  public CameraState focus(Point3 min, Point3 max, double aspect) {
    Point3 centre =
        new Point3((min.x() + max.x()) / 2, (min.y() + max.y()) / 2, (min.z() + max.z()) / 2);
    double radius = Math.max(0.5, min.distanceTo(max) / 2);
    double d;
    if (mode == CameraMode.TOP) {
      // Half extents of the box along the image's up and right axes (the view may be turned).
      double hx = (max.x() - min.x()) / 2, hy = (max.y() - min.y()) / 2;
      double c = Math.abs(Math.cos(yaw)), s = Math.abs(Math.sin(yaw));
      double up = hx * c + hy * s, right = hx * s + hy * c;
      d = Math.max(up, right / aspect) * 1.1 + 0.5;
      d = Math.max(d, 1);
    } else {
      double halfFov = Math.toRadians(fovYDegrees) / 2;
      double halfFovX = Math.atan(Math.tan(halfFov) * aspect);
      d = radius / Math.sin(Math.min(halfFov, halfFovX)) * 1.05;
    }
    return withTarget(centre).withDistance(d);
  }

  /**
   * Where a scene point lands in a width × height image rendered with this camera: {x, y} in
   * pixels, row 0 at the top (pixel centres at +0.5), or null when it lies behind the eye.
   */
  public double[] toPixel(Point3 p, int width, int height) {
    Matrix4d m = projectionMatrix((double) width / height, true).mul(viewMatrix());
    org.joml.Vector4d c = m.transform(new org.joml.Vector4d(p.x(), p.y(), p.z(), 1));
    if (c.w <= 0) {
      return null;
    }
    return new double[] {(c.x / c.w + 1) / 2 * width, (c.y / c.w + 1) / 2 * height};
  }

  /**
   * Frames the selected primitives of {@code scene} (see {@link #focus}); unchanged when nothing
   * selected is in the scene.
   */
  public CameraState focusOnSelection(SceneData scene, double aspect) {
    SceneBounds b =
        SceneBounds.of(
            SceneData.EMPTY.withPrimitives(
                scene.primitives().stream()
                    .filter(p -> scene.selected().contains(p.id()))
                    .toList()));
    return b.isEmpty() ? this : focus(b.min(), b.max(), aspect);
  }

  /** The view matrix (world to eye). */
  public Matrix4d viewMatrix() {
    Vector3d eye = eye();
    Vector3d up =
        mode == CameraMode.TOP
            ? new Vector3d(Math.cos(yaw), Math.sin(yaw), 0)
            : new Vector3d(0, 0, 1);
    return new Matrix4d().lookAt(eye, new Vector3d(targetX, targetY, targetZ), up);
  }

  /**
   * The projection for an image of the given aspect (width / height). {@code flipY} puts the first
   * row of a GL read-back at the top of the image.
   */
  public Matrix4d projectionMatrix(double aspect, boolean flipY) {
    Matrix4d m = new Matrix4d();
    if (flipY) {
      m.scale(1, -1, 1);
    }
    if (mode == CameraMode.TOP) {
      double h = distance;
      return m.ortho(-h * aspect, h * aspect, -h, h, 1, 20_000);
    }
    double near = Math.max(0.02, distance / 1000);
    double far = Math.max(2_000, distance * 200);
    return m.perspective(Math.toRadians(fovYDegrees), aspect, near, far);
  }
}
