package dev.mapsmith.drivelog.map.opendrive;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.geom.Point3;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Where an OpenDRIVE map lies on the earth. Local metres are the file's x/y minus {@code offset}
 * (zero when the map lies within {@link #NEAR} of the file's origin, else its centre rounded to the
 * metre). The geodetic origin is that offset point: projected back through the {@code
 * <geoReference>} PROJ string (Proj4J) when the file has one, else {@link #LOCAL_ORIGIN}. Each
 * node's lat/lon is its local position in the ENU frame of the origin, so lat/lon and
 * local_x/local_y always agree.
 */
public record GeoFrame(GeoOrigin origin, boolean georeferenced, double offsetX, double offsetY) {

  /**
   * The documented origin of a file without geoReference: the field near Karlsruhe that the
   * built-in scenarios use, at height 0.
   */
  public static final GeoOrigin LOCAL_ORIGIN = new GeoOrigin(49.011, 8.4165, 0);

  static final double NEAR = 10_000;

  private static final List<String> UNSUPPORTED = List.of("+geoidgrids", "+vunits", "+wktext");

  /** The frame of a map whose file coordinates span {@code [minX, minY, maxX, maxY]}. */
  public static GeoFrame of(String geoReference, double[] box, List<String> problems) {
    double cx = (box[0] + box[2]) / 2, cy = (box[1] + box[3]) / 2;
    boolean near = Math.hypot(cx, cy) < NEAR;
    double ox = near ? 0 : Math.rint(cx), oy = near ? 0 : Math.rint(cy);
    if (geoReference.isBlank()) {
      return new GeoFrame(LOCAL_ORIGIN, false, ox, oy);
    }
    try {
      return new GeoFrame(project(geoReference, ox, oy), true, ox, oy);
    } catch (RuntimeException e) {
      problems.add(
          "header <geoReference> '"
              + geoReference
              + "' cannot be used ("
              + e.getMessage()
              + "); the map is placed at the local origin "
              + LOCAL_ORIGIN.latDeg()
              + ", "
              + LOCAL_ORIGIN.lonDeg());
      return new GeoFrame(LOCAL_ORIGIN, false, ox, oy);
    }
  }

  /** The geodetic position of file coordinates (x, y) under a PROJ string. */
  static GeoOrigin project(String proj, double x, double y) {
    String params =
        Arrays.stream(proj.trim().split("\\s+"))
            .filter(p -> UNSUPPORTED.stream().noneMatch(p::startsWith))
            .collect(Collectors.joining(" "));
    CRSFactory crs = new CRSFactory();
    CoordinateReferenceSystem source = crs.createFromParameters("opendrive", params);
    CoordinateReferenceSystem wgs84 =
        crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
    CoordinateTransform t = new CoordinateTransformFactory().createTransform(source, wgs84);
    ProjCoordinate out = new ProjCoordinate();
    t.transform(new ProjCoordinate(x, y), out);
    if (!Double.isFinite(out.x) || !Double.isFinite(out.y)) {
      throw new IllegalArgumentException("the projection gives no position for " + x + ", " + y);
    }
    return new GeoOrigin(out.y, out.x, 0);
  }

  /** Local metres of file coordinates. */
  public double[] local(double[] p) {
    return new double[] {p[0] - offsetX, p[1] - offsetY, p[2]};
  }

  /** The geodetic position of a local point (height left at the origin's). */
  public GeoOrigin geodetic(EnuProjection enu, double[] local) {
    return enu.toGeodetic(new Point3(local[0], local[1], 0));
  }
}
