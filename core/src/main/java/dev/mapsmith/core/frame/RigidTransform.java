package dev.mapsmith.core.frame;

import dev.mapsmith.core.geom.Point3;
import org.joml.Matrix4d;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * An immutable rotation (unit quaternion w, x, y, z) followed by a translation; maps points from a
 * child frame (a sensor, the vehicle) into its parent (the vehicle, the world).
 */
public record RigidTransform(
    double qw, double qx, double qy, double qz, double tx, double ty, double tz) {

  public static final RigidTransform IDENTITY = new RigidTransform(1, 0, 0, 0, 0, 0, 0);

  public RigidTransform {
    double norm = Math.sqrt(qw * qw + qx * qx + qy * qy + qz * qz);
    if (!(norm > 1e-9) || !Double.isFinite(tx + ty + tz)) {
      throw new IllegalArgumentException("not a rigid transform: q norm " + norm);
    }
    qw /= norm;
    qx /= norm;
    qy /= norm;
    qz /= norm;
  }

  /** Rotation Rz(yaw)·Ry(pitch)·Rx(roll), radians, then translation. */
  public static RigidTransform fromEuler(
      double roll, double pitch, double yaw, double tx, double ty, double tz) {
    Quaterniond q = new Quaterniond().rotateZ(yaw).rotateY(pitch).rotateX(roll);
    return new RigidTransform(q.w, q.x, q.y, q.z, tx, ty, tz);
  }

  /** From a row-major 3×3 rotation matrix and a translation. */
  public static RigidTransform fromMatrix(double[] r9, double tx, double ty, double tz) {
    Matrix4d m =
        new Matrix4d(
            r9[0], r9[3], r9[6], 0, r9[1], r9[4], r9[7], 0, r9[2], r9[5], r9[8], 0, 0, 0, 0, 1);
    Quaterniond q = m.getNormalizedRotation(new Quaterniond());
    return new RigidTransform(q.w, q.x, q.y, q.z, tx, ty, tz);
  }

  public Quaterniond rotation() {
    return new Quaterniond(qx, qy, qz, qw);
  }

  public Point3 apply(Point3 p) {
    Vector3d v = rotation().transform(new Vector3d(p.x(), p.y(), p.z()));
    return new Point3(v.x + tx, v.y + ty, v.z + tz);
  }

  /** The 4×4 matrix, column-major, for bulk transforms of float arrays. */
  public Matrix4d toMatrix() {
    return new Matrix4d().translation(tx, ty, tz).rotate(rotation());
  }

  /** {@code this ∘ inner}: first {@code inner}, then this. */
  public RigidTransform compose(RigidTransform inner) {
    Quaterniond q = rotation().mul(inner.rotation());
    Vector3d t = rotation().transform(new Vector3d(inner.tx, inner.ty, inner.tz));
    return new RigidTransform(q.w, q.x, q.y, q.z, t.x + tx, t.y + ty, t.z + tz);
  }

  public RigidTransform inverse() {
    Quaterniond q = rotation().conjugate();
    Vector3d t = q.transform(new Vector3d(-tx, -ty, -tz));
    return new RigidTransform(q.w, q.x, q.y, q.z, t.x, t.y, t.z);
  }

  /** Linear interpolation of translation and SLERP of rotation, {@code t} in [0, 1]. */
  public RigidTransform interpolate(RigidTransform to, double t) {
    Quaterniond q = rotation().slerp(to.rotation(), t);
    return new RigidTransform(
        q.w, q.x, q.y, q.z, tx + t * (to.tx - tx), ty + t * (to.ty - ty), tz + t * (to.tz - tz));
  }

  /** Heading of the x axis in the parent's ground plane, radians counter-clockwise from +x. */
  public double yaw() {
    Vector3d x = rotation().transform(new Vector3d(1, 0, 0));
    return Math.atan2(x.y, x.x);
  }
}
