package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.MapBuilder;
import dev.mapsmith.sampledrives.world.RoadPath;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the builders collect while laying out a town: the map, the route, the roads built (for the
 * dressing) and the roundabouts (for checks).
 */
final class TownSketch {

  /** A built piece of road: where it runs and as what zone; {@code spine} when on the route. */
  record Run(RoadPath path, RoadSpec spec, double s0, double s1, Zone zone, boolean spine) {}

  /** A roundabout as built: centre, outer radius, lanes and their width. */
  record RingGeometry(double[] centre, double outerRadius, int lanes, double laneWidth) {}

  final MapBuilder map = new MapBuilder();
  final List<Long> route = new ArrayList<>();
  final List<Run> runs = new ArrayList<>();
  final List<RingGeometry> rings = new ArrayList<>();
  final List<Run> spines = new ArrayList<>();
  final MarkingStyle style;
  final SplittableRandom rng;
  final double speedKmh;

  TownSketch(MarkingStyle style, SplittableRandom rng, double speedKmh) {
    this.style = style;
    this.rng = rng;
    this.speedKmh = speedKmh;
  }

  /** A crosswalk style of this town's region. */
  String crosswalkStyle() {
    return style.crosswalks().get(rng.nextInt(style.crosswalks().size()));
  }

  /** Builds a plain piece of road and records it. */
  RoadSpec.Lanes road(
      RoadPath path, RoadSpec spec, double s0, double s1, Zone zone, boolean spine) {
    runs.add(new Run(path, spec, s0, s1, zone, spine));
    return spec.build(map, path, s0, s1, zone, null, null, speedKmh);
  }

  /** A mouth (5 m, curbs, no lane lines) with a crosswalk across the whole road. */
  RoadSpec.Lanes mouth(RoadPath path, RoadSpec spec, double s0, boolean spine) {
    RoadSpec.Lanes l = road(path, spec, s0, s0 + TownGeometry.MOUTH, Zone.MOUTH, spine);
    Crossings.crosswalk(map, path, s0 + 1, s0 + 4, -spec.right(), spec.left(), crosswalkStyle());
    return l;
  }
}
