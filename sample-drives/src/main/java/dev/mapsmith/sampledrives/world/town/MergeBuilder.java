package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.LineTags;
import dev.mapsmith.sampledrives.world.RoadPath;

/**
 * An on-ramp merging from the right or an off-ramp diverging to the right. Merge: the ramp (solid
 * white left bound, curb right) closes in over {@value TownGeometry#MERGE_GORE} m, the gore being
 * the vee between its left bound and the main road's painted edge; it becomes an acceleration lane
 * beside a thick dashed line for {@value TownGeometry#MERGE_LANE} m, which then tapers out over
 * {@value TownGeometry#MERGE_TAPER} m. A diverge is the same mirrored along the road.
 */
final class MergeBuilder {

  private MergeBuilder() {}

  static void build(TownSketch sk, RoadPath path, RoadSpec spec, double s0, boolean diverge) {
    double g = TownGeometry.MERGE_GORE, a = TownGeometry.MERGE_LANE, t = TownGeometry.MERGE_TAPER;
    double hr = spec.right(), w = spec.laneWidth();
    LineTags aux = sk.style.auxiliary();
    if (!diverge) {
      gore(sk, path, spec, s0, s0 + g, false);
      long edge = main(sk, path, spec, s0 + g, s0 + g + a, aux);
      lane(sk, path, s0 + g, s0 + g + a, edge, s -> -hr - w);
      double b = s0 + g + a, e = b + t;
      long edge2 = main(sk, path, spec, b, e, aux);
      lane(sk, path, b, e, edge2, s -> -hr - w * (1 - (s - b) / t));
    } else {
      double e = s0 + t;
      long edge = main(sk, path, spec, s0, e, aux);
      lane(sk, path, s0, e, edge, s -> -hr - w * (s - s0) / t);
      long edge2 = main(sk, path, spec, e, e + a, aux);
      lane(sk, path, e, e + a, edge2, s -> -hr - w);
      gore(sk, path, spec, e + a, e + a + g, true);
    }
  }

  /** The main road with a painted right edge; returns that edge's way. */
  private static long main(
      TownSketch sk, RoadPath path, RoadSpec spec, double s0, double s1, LineTags edge) {
    sk.runs.add(new TownSketch.Run(path, spec, s0, s1, Zone.NORMAL, true));
    RoadSpec.Lanes l = spec.build(sk.map, path, s0, s1, Zone.NORMAL, edge, null, sk.speedKmh);
    sk.route.add(l.forward()[0]);
    return l.rightEdgeWay();
  }

  /** The auxiliary lane beside the main road's right edge, out to a curb at {@code outer}. */
  private static void lane(
      TownSketch sk,
      RoadPath path,
      double s0,
      double s1,
      long leftWay,
      java.util.function.DoubleUnaryOperator outer) {
    long right = sk.map.line(path.line(s0, s1, outer, 2.0), LineTags.CURB);
    sk.map.lanelet(leftWay, right, "road", sk.speedKmh);
  }

  /** The gore: main road with a solid edge, and the ramp closing in (or opening out). */
  private static void gore(
      TownSketch sk, RoadPath path, RoadSpec spec, double s0, double s1, boolean opening) {
    main(sk, path, spec, s0, s1, LineTags.SOLID_WHITE);
    double hr = spec.right(), w = spec.laneWidth();
    java.util.function.DoubleUnaryOperator gap =
        s -> {
          double u = Math.max(0, Math.min(1, (s - s0) / (s1 - s0)));
          double smooth = 3 * u * u - 2 * u * u * u;
          return TownGeometry.RAMP_GAP * (opening ? smooth : 1 - smooth);
        };
    long left =
        sk.map.line(path.line(s0, s1, s -> -hr - gap.applyAsDouble(s), 1.0), LineTags.SOLID_WHITE);
    long right =
        sk.map.line(path.line(s0, s1, s -> -hr - w - gap.applyAsDouble(s), 1.0), LineTags.CURB);
    sk.map.lanelet(left, right, "road", sk.speedKmh);
  }
}
