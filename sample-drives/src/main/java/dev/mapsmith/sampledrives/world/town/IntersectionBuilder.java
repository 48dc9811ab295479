package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.LineTags;
import dev.mapsmith.sampledrives.world.RoadPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An all-way-stop intersection on a straight piece of a stretch: approach zones with solid lines, a
 * stop line across all approach lanes and a crosswalk in each mouth (on the stretch and on every
 * side road), side roads at their (skewed) angles, and connectors for right turns (their right
 * bound is the corner's curb) and left turns so that the lane graph runs through it.
 */
final class IntersectionBuilder {

  private static final double MAX_TURN_GAP = Math.toRadians(150);

  private IntersectionBuilder() {}

  /** The length of the stretch the intersection takes: approach zones, mouths and box. */
  static double length(RoadSpec spine, List<TownPlan.Arm> arms) {
    return 2 * (TownGeometry.NEAR + TownGeometry.MOUTH + halfBox(spine, arms));
  }

  /** Half the box along the stretch: every side road with its sidewalks fits in it. */
  static double halfBox(RoadSpec spine, List<TownPlan.Arm> arms) {
    double half = 4;
    for (TownPlan.Arm a : arms) {
      double t = Math.toRadians(a.angleDeg());
      double w = side(spine, a) + TownGeometry.SIDEWALK;
      double h = halfWidth(a.spec()) + 1;
      half = Math.max(half, w / Math.abs(Math.tan(t)) + h / Math.abs(Math.sin(t)));
    }
    return half + 1;
  }

  /** How far from the centre a side road starts: clear of the stretch and of other side roads. */
  static double armDistance(RoadSpec spine, TownPlan.Arm arm, List<TownPlan.Arm> arms) {
    double t = Math.toRadians(arm.angleDeg());
    double h = halfWidth(arm.spec()) + TownGeometry.SIDEWALK;
    double d = side(spine, arm) / Math.abs(Math.sin(t)) + h / Math.abs(Math.tan(t)) + 1;
    for (TownPlan.Arm o : arms) {
      double gap = Math.abs(Math.toRadians(o.angleDeg() - arm.angleDeg()));
      if (o != arm && gap < Math.PI) {
        double h2 = halfWidth(o.spec()) + TownGeometry.SIDEWALK;
        d = Math.max(d, (h + h2) / (2 * Math.sin(gap / 2)));
      }
    }
    return d;
  }

  private static double side(RoadSpec spine, TownPlan.Arm a) {
    return a.angleDeg() < 180 ? spine.left() : spine.right();
  }

  private static double halfWidth(RoadSpec s) {
    return Math.max(s.left(), s.right());
  }

  /** Builds the intersection whose piece starts at {@code s0} on {@code path}. */
  static void build(
      TownSketch sk, RoadPath path, RoadSpec spec, double s0, List<TownPlan.Arm> arms) {
    double lb = halfBox(spec, arms);
    double a = s0 + TownGeometry.NEAR, b = a + TownGeometry.MOUTH;
    double c = b + 2 * lb, d = c + TownGeometry.MOUTH, e = d + TownGeometry.NEAR;
    RoadSpec.Lanes near1 = sk.road(path, spec, s0, a, Zone.NEAR, true);
    RoadSpec.Lanes mouth1 = sk.mouth(path, spec, a, true);
    boolean left = arms.stream().anyMatch(x -> x.angleDeg() < 180);
    boolean right = arms.stream().anyMatch(x -> x.angleDeg() > 180);
    sk.runs.add(new TownSketch.Run(path, spec, b, c, Zone.BOX, true));
    RoadSpec.Lanes box =
        spec.build(
            sk.map,
            path,
            b,
            c,
            Zone.BOX,
            right ? null : LineTags.CURB,
            left ? null : LineTags.CURB,
            sk.speedKmh);
    RoadSpec.Lanes mouth2 = sk.mouth(path, spec, c, true);
    RoadSpec.Lanes near2 = sk.road(path, spec, d, e, Zone.NEAR, true);
    for (RoadSpec.Lanes l : List.of(near1, mouth1, box, mouth2, near2)) {
      sk.route.add(l.forward()[0]);
    }
    double m = spec.median() / 2;
    Crossings.stopLine(sk.map, path, a, -spec.right(), -m, -spec.right() - 1.5, near1.forward());
    Crossings.stopLine(sk.map, path, d, m, spec.left(), spec.left() + 1.5, near2.backward());

    double[] centre = path.at(b + lb, 0);
    double h = Port.heading(path, b + lb);
    List<Approach> approaches = new ArrayList<>();
    approaches.add(new Approach(path, spec, b, false));
    approaches.add(new Approach(path, spec, c, true));
    for (TownPlan.Arm arm : arms) {
      double dir = h + Math.toRadians(arm.angleDeg());
      double dist = armDistance(spec, arm, arms);
      RoadPath armPath =
          RoadPath.start(
                  centre[0] + dist * Math.cos(dir),
                  centre[1] + dist * Math.sin(dir),
                  Math.toDegrees(dir))
              .straight(arm.length())
              .build();
      RoadSpec as = arm.spec();
      sk.mouth(armPath, as, 0, false);
      double z = TownGeometry.MOUTH + TownGeometry.NEAR;
      RoadSpec.Lanes near = sk.road(armPath, as, TownGeometry.MOUTH, z, Zone.NEAR, false);
      sk.road(armPath, as, z, armPath.length(), Zone.NORMAL, false);
      Crossings.stopLine(
          sk.map,
          armPath,
          TownGeometry.MOUTH,
          as.median() / 2,
          as.left(),
          as.left() + 1.5,
          near.backward());
      approaches.add(new Approach(armPath, as, 0, true));
    }
    connect(sk, approaches);
  }

  /**
   * Right turns between neighbouring roads (counter-clockwise: the corner's curb is the right
   * bound) and left turns to the clockwise neighbour, where the two are less than 150° apart.
   */
  static void connect(TownSketch sk, List<Approach> approaches) {
    List<Approach> sorted = new ArrayList<>(approaches);
    sorted.sort(Comparator.comparingDouble(x -> norm(x.angle())));
    int n = sorted.size();
    for (int i = 0; i < n; i++) {
      Approach from = sorted.get(i), next = sorted.get((i + 1) % n);
      Approach prev = sorted.get((i + n - 1) % n);
      if (norm(next.angle() - from.angle()) < MAX_TURN_GAP) {
        Connector.build(
            sk.map,
            from.incoming().get(0),
            next.outgoing().get(0),
            LineTags.CURB,
            LineTags.VIRTUAL,
            sk.speedKmh);
      }
      if (norm(from.angle() - prev.angle()) < MAX_TURN_GAP) {
        List<Port> in = from.incoming(), out = prev.outgoing();
        Connector.build(
            sk.map,
            in.get(in.size() - 1),
            out.get(out.size() - 1),
            LineTags.VIRTUAL,
            LineTags.VIRTUAL,
            sk.speedKmh);
      }
    }
  }

  static double norm(double a) {
    double r = a % (2 * Math.PI);
    return r < 0 ? r + 2 * Math.PI : r;
  }
}
