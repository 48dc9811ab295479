package dev.mapsmith.drivelog.map.opendrive;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the OSM nodes of a converted map: each with lat/lon and Autoware's {@code local_x}, {@code
 * local_y} and {@code ele} tags. Line ends within the join distance of an earlier line end reuse
 * that node, so lanes of consecutive sections and roads share their end points.
 */
final class NodePool {

  private record End(long id, double[] p) {}

  private final OsmDocument.Builder doc;
  private final GeoFrame frame;
  private final EnuProjection enu;
  private final double join;
  private final Map<Long, List<End>> grid = new HashMap<>();
  private final Map<Long, double[]> positions = new HashMap<>();
  private long next;

  NodePool(OsmDocument.Builder doc, GeoFrame frame, double join, long firstId) {
    this.doc = doc;
    this.frame = frame;
    this.enu = new EnuProjection(frame.origin());
    this.join = join;
    this.next = firstId;
  }

  /** A fresh id for any element (Lanelet2 shares one id space across all of them). */
  long nextId() {
    return next++;
  }

  /** The node ids of a line through file points; its two ends are joined to earlier ends. */
  List<Long> line(List<double[]> points) {
    List<Long> ids = new ArrayList<>(points.size());
    for (int i = 0; i < points.size(); i++) {
      boolean end = i == 0 || i == points.size() - 1;
      ids.add(end ? endpoint(points.get(i)) : node(points.get(i)));
    }
    return ids;
  }

  /** The local position {x, y, z} of a node made here. */
  double[] position(long id) {
    return positions.get(id);
  }

  private long endpoint(double[] p) {
    long cx = (long) Math.floor(p[0] / join), cy = (long) Math.floor(p[1] / join);
    for (long dx = -1; dx <= 1; dx++) {
      for (long dy = -1; dy <= 1; dy++) {
        for (End e : grid.getOrDefault(key(cx + dx, cy + dy), List.of())) {
          if (AdaptiveSampler.distanceToSegment(p, e.p(), e.p()) < join) {
            return e.id();
          }
        }
      }
    }
    long id = node(p);
    grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(new End(id, p));
    return id;
  }

  private static long key(long cx, long cy) {
    return cx * 73_856_093L ^ cy * 19_349_663L;
  }

  private long node(double[] p) {
    double[] local = frame.local(p);
    GeoOrigin g = frame.geodetic(enu, local);
    long id = nextId();
    positions.put(id, local);
    doc.add(
        new OsmNode(
            id,
            g.latDeg(),
            g.lonDeg(),
            Map.of("local_x", fmt(local[0]), "local_y", fmt(local[1]), "ele", fmt(local[2]))));
    return id;
  }

  /** Metres to a tenth of a millimetre, without trailing zeros. */
  static String fmt(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
