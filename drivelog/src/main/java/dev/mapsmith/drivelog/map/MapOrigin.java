package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.NamedLocalFrame;

/**
 * Where a map's coordinates are anchored, and which step of the origin rule ({@link
 * MapOrigins#resolve}) said so.
 *
 * @param origin the geodetic origin; null when the map has only local coordinates in a frame with
 *     no geodetic anchor
 * @param source which rule gave it
 * @param localFirst whether a node's {@code local_x}/{@code local_y} are metres in this origin's
 *     frame and win over its lat/lon (true for an origin given with the map); when false, lat/lon
 *     are projected and local coordinates are used only by nodes without lat/lon
 * @param localFrame the name of the frame when there is no origin
 */
public record MapOrigin(GeoOrigin origin, Source source, boolean localFirst, String localFrame) {

  /** The steps of the origin rule, in order. */
  public enum Source {
    /** Given by the user ({@code --origin}, or the project's own frame). */
    OPTION("option"),
    /** Autoware's {@code map_projector_info.yaml} beside the map. */
    PROJECTOR_INFO("map_projector_info"),
    /** The {@code .origin} JSON sidecar ({@link MapOrigins#find}). */
    SIDECAR("sidecar"),
    /** The centre of the map's lat/lon. */
    MAP_CENTRE("map_centre"),
    /**
     * The project's frame, for a map that has only local coordinates and nothing else to anchor
     * them (evaluate and the app compare such a map in the project's frame).
     */
    PROJECT("project"),
    /** None: the map has only local coordinates. */
    LOCAL("local_only");

    private final String key;

    Source(String key) {
      this.key = key;
    }

    /** The name the command line's JSON uses ({@code origin_source}). */
    public String key() {
      return key;
    }
  }

  /** The frame the map's primitives are in. */
  public FrameOfReference frame() {
    return origin != null ? new LocalEnuFrame(origin) : new NamedLocalFrame(localFrame);
  }
}
