package dev.mapsmith.sampledrives.world;

import java.util.List;

/**
 * What a scene has that a map does not record: worn or faded paint, asphalt patches and plain
 * asphalt outside lanelets (painted medians), parked cars and moving traffic. All in the map's
 * local metres; traffic moves with the drive's clock (seconds from its start).
 */
public record Dressing(
    List<Surface> wear, List<Surface> cover, List<Car> parked, List<Mover> traffic) {

  public static final Dressing NONE = new Dressing(List.of(), List.of(), List.of(), List.of());

  public Dressing {
    wear = List.copyOf(wear);
    cover = List.copyOf(cover);
    parked = List.copyOf(parked);
    traffic = List.copyOf(traffic);
  }

  /** What a ground rectangle does: paint gone or faded, a patch darker or lighter, asphalt. */
  public enum Kind {
    WORN,
    FADED,
    PATCH_DARK,
    PATCH_LIGHT,
    ASPHALT
  }

  /** A ground rectangle from a to b, {@code width} wide. */
  public record Surface(double ax, double ay, double bx, double by, double width, Kind kind) {}

  /** A parked car: centre, heading (radians), size in metres. */
  public record Car(double x, double y, double heading, double length, double width) {}

  /**
   * A car driving along {@code path} ({x, y} points) at {@code speed} m/s, {@code startS} metres
   * along it at time 0; it is gone once past the path's end.
   */
  public record Mover(List<double[]> path, double startS, double speed, double length) {}
}
