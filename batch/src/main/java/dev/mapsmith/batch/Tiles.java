package dev.mapsmith.batch;

import com.google.common.geometry.S2Cell;
import com.google.common.geometry.S2CellId;
import com.google.common.geometry.S2LatLng;
import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.geom.Point3;
import java.util.Set;

/**
 * The global tile key: S2 cells of one level (level 15 is about 280 m across at mid latitudes). A
 * tile's corners, centre and the cells a disc around a place touches.
 */
public final class Tiles {

  private static final int RING = 16;

  private Tiles() {}

  /** The cell of {@code level} holding a place. */
  public static long cell(double latDeg, double lonDeg, int level) {
    return S2CellId.fromLatLng(S2LatLng.fromDegrees(latDeg, lonDeg)).parent(level).id();
  }

  /** Adds the cells a disc of {@code radiusM} around a place touches (its centre and a ring). */
  public static void around(EnuProjection p, Point3 enu, double radiusM, int level, Set<Long> out) {
    for (int k = -1; k < RING; k++) {
      double a = 2 * Math.PI * k / RING;
      double r = k < 0 ? 0 : radiusM;
      GeoOrigin g =
          p.toGeodetic(new Point3(enu.x() + r * Math.cos(a), enu.y() + r * Math.sin(a), enu.z()));
      out.add(cell(g.latDeg(), g.lonDeg(), level));
      if (k >= 0) {
        GeoOrigin h =
            p.toGeodetic(
                new Point3(enu.x() + r / 2 * Math.cos(a), enu.y() + r / 2 * Math.sin(a), enu.z()));
        out.add(cell(h.latDeg(), h.lonDeg(), level));
      }
    }
  }

  /** The cell's centre at altitude {@code altM}: the origin of the tile's local frame. */
  public static GeoOrigin centre(long cell, double altM) {
    S2LatLng c = new S2CellId(cell).toLatLng();
    return new GeoOrigin(c.latDegrees(), c.lngDegrees(), altM);
  }

  /** The cell's four corners, counter-clockwise, as {lat, lon} in degrees. */
  public static double[][] corners(long cell) {
    S2Cell c = new S2Cell(new S2CellId(cell));
    double[][] out = new double[4][];
    for (int k = 0; k < 4; k++) {
      S2LatLng v = new S2LatLng(c.getVertex(k));
      out[k] = new double[] {v.latDegrees(), v.lngDegrees()};
    }
    return out;
  }

  /** A short readable name of the cell (its S2 token). */
  public static String token(long cell) {
    return new S2CellId(cell).toToken();
  }
}
