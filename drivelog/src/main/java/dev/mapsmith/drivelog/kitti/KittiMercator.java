package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.core.frame.RigidTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * The KITTI development kit's OXTS-to-pose convention ({@code convertOxtsToPose.m}): a Mercator
 * projection scaled at the first record's latitude, rotation Rz(yaw)·Ry(pitch)·Rx(roll), and poses
 * made relative to the first one. Reproduced so results compare with tools that use it.
 */
public final class KittiMercator {

  /** Earth radius the dev kit uses, metres. */
  public static final double EARTH_RADIUS = 6378137.0;

  private KittiMercator() {}

  /** The Mercator scale cos(lat0·π/180). */
  public static double scale(double lat0Deg) {
    return Math.cos(lat0Deg * Math.PI / 180.0);
  }

  /** Mercator x, y (metres) and z = alt, with the dev kit's formulas. */
  public static double[] toMercator(double latDeg, double lonDeg, double alt, double scale) {
    double x = scale * lonDeg * Math.PI * EARTH_RADIUS / 180.0;
    double y = scale * EARTH_RADIUS * Math.log(Math.tan((90.0 + latDeg) * Math.PI / 360.0));
    return new double[] {x, y, alt};
  }

  /** The absolute dev-kit pose of one record (IMU to Mercator world). */
  public static RigidTransform pose(OxtsRecord r, double scale) {
    double[] t = toMercator(r.lat(), r.lon(), r.alt(), scale);
    return RigidTransform.fromEuler(r.roll(), r.pitch(), r.yaw(), t[0], t[1], t[2]);
  }

  /** Dev-kit poses relative to the first record, as {@code convertOxtsToPose} returns them. */
  public static List<RigidTransform> relativePoses(List<OxtsRecord> records) {
    List<RigidTransform> out = new ArrayList<>(records.size());
    if (records.isEmpty()) {
      return out;
    }
    double s = scale(records.get(0).lat());
    RigidTransform firstInv = pose(records.get(0), s).inverse();
    for (OxtsRecord r : records) {
      out.add(firstInv.compose(pose(r, s)));
    }
    return out;
  }
}
