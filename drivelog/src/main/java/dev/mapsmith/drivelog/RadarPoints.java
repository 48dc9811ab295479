package dev.mapsmith.drivelog;

import java.util.function.IntPredicate;

/**
 * Radar returns as parallel arrays: position (m, sensor frame), radar cross-section {@code rcs}
 * (dBsm), velocity {@code vx, vy} and ego-motion-compensated velocity {@code vxComp, vyComp} (m/s)
 * and the dynamic property {@code dynProp} (0 moving, 1 stationary, 2 oncoming, 3 stationary
 * candidate, 4 unknown, 5 crossing stationary, 6 crossing moving, 7 stopped). Static returns (guard
 * rails, poles) and moving ones are kept apart by {@link #stationary()} and {@link #moving()}.
 */
public record RadarPoints(
    int size,
    float[] x,
    float[] y,
    float[] z,
    float[] rcs,
    float[] vx,
    float[] vy,
    float[] vxComp,
    float[] vyComp,
    byte[] dynProp) {

  public static final RadarPoints EMPTY = allocate(0);

  public RadarPoints {
    for (Object a : new Object[] {x, y, z, rcs, vx, vy, vxComp, vyComp}) {
      if (((float[]) a).length < size) {
        throw new IllegalArgumentException("radar arrays shorter than size " + size);
      }
    }
    if (dynProp.length < size) {
      throw new IllegalArgumentException("dyn_prop array shorter than size " + size);
    }
  }

  public static RadarPoints allocate(int n) {
    return new RadarPoints(
        n,
        new float[n],
        new float[n],
        new float[n],
        new float[n],
        new float[n],
        new float[n],
        new float[n],
        new float[n],
        new byte[n]);
  }

  /** Stationary, stationary candidate, crossing stationary or stopped. */
  public boolean isStationary(int i) {
    int d = dynProp[i];
    return d == 1 || d == 3 || d == 5 || d == 7;
  }

  /** Moving, oncoming or crossing moving. */
  public boolean isMoving(int i) {
    int d = dynProp[i];
    return d == 0 || d == 2 || d == 6;
  }

  public RadarPoints stationary() {
    return select(this::isStationary);
  }

  public RadarPoints moving() {
    return select(this::isMoving);
  }

  /** The returns for which {@code keep} holds, in order, as a new cloud. */
  public RadarPoints select(IntPredicate keep) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      n += keep.test(i) ? 1 : 0;
    }
    RadarPoints out = allocate(n);
    for (int i = 0, k = 0; i < size; i++) {
      if (keep.test(i)) {
        out.x[k] = x[i];
        out.y[k] = y[i];
        out.z[k] = z[i];
        out.rcs[k] = rcs[i];
        out.vx[k] = vx[i];
        out.vy[k] = vy[i];
        out.vxComp[k] = vxComp[i];
        out.vyComp[k] = vyComp[i];
        out.dynProp[k] = dynProp[i];
        k++;
      }
    }
    return out;
  }
}
