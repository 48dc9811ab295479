package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a Lanelet2 map whose nodes carry local metres ({@code local_x}/{@code local_y}/{@code
 * ele}) in a frame: every node also gets lat/lon (from the frame's origin; about 0,0 for display
 * only when the frame has none), and {@code map_projector_info.yaml} goes beside the map, so the
 * shared origin rule reads it back in the same frame.
 */
public final class Lanelet2Output {

  private static final EnuProjection DISPLAY_ONLY = new EnuProjection(new GeoOrigin(0, 0, 0));

  private Lanelet2Output() {}

  /** Writes {@code map} to {@code osm} and the projector file beside it. */
  public static void write(OsmDocument map, FrameOfReference frame, Path osm) throws IOException {
    EnuProjection p = projection(frame);
    OsmDocument.Builder b = OsmDocument.builder();
    map.nodes().forEach(n -> b.add(withLatLon(n, p)));
    map.ways().forEach(b::add);
    map.relations().forEach(b::add);
    OsmWriter.write(b.build(), osm);
    ProjectorInfo.write(osm, frame);
  }

  /** The projection that gives nodes in {@code frame} their lat/lon. */
  public static EnuProjection projection(FrameOfReference frame) {
    return frame instanceof LocalEnuFrame enu ? enu.projection() : DISPLAY_ONLY;
  }

  /** The node with lat/lon from its local coordinates (unchanged if it has none). */
  public static OsmNode withLatLon(OsmNode n, EnuProjection p) {
    return n.local()
        .map(
            (Point3 xyz) -> {
              GeoOrigin g = p.toGeodetic(xyz);
              return n.withLatLon(g.latDeg(), g.lonDeg());
            })
        .orElse(n);
  }
}
