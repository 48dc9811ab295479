package dev.mapsmith.sampledrives.world.town;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a town's plan from its seed: the marking style, the chain of stretches and roundabouts its
 * kind asks for, and every size within the ranges the generator promises (lanes 1–4 each way, lane
 * width 2.7–3.9 m, curve radii 15 m–1 km, side roads at 45°–135° to the road they leave,
 * roundabouts of one or two lanes).
 */
final class LayoutPlanner {

  static final double MIN_WIDTH = 2.7;
  static final double MAX_WIDTH = 3.9;
  static final double MIN_RADIUS = 15;
  static final double MAX_RADIUS = 1000;

  private final SplittableRandom rng;
  private final MarkingStyle style;

  private LayoutPlanner(SplittableRandom rng) {
    this.rng = rng;
    double r = rng.nextDouble();
    style =
        r < 0.5
            ? MarkingStyle.us()
            : r < 0.75 ? MarkingStyle.europe(3, 6) : MarkingStyle.europe(6, 12);
  }

  static TownPlan plan(TownKind kind, SplittableRandom rng) {
    return new LayoutPlanner(rng).draw(kind);
  }

  private TownPlan draw(TownKind kind) {
    List<TownPlan.Leg> legs = new ArrayList<>();
    switch (kind) {
      case STRAIGHT -> legs.add(stretch(road(4), straight(380, 560)));
      case CURVE -> {
        RoadSpec s = road(4);
        int sign = rng.nextBoolean() ? 1 : -1;
        legs.add(
            stretch(
                s,
                straight(40, 60),
                curve(s, sign),
                straight(30, 50),
                curve(s, -sign),
                straight(30, 50),
                curve(s, sign),
                straight(40, 60)));
      }
      case INTERSECTION -> {
        RoadSpec s = road(3);
        List<Integer> ways = new ArrayList<>(List.of(3, 4, 5));
        java.util.Collections.shuffle(ways, new java.util.Random(rng.nextLong()));
        legs.add(
            stretch(
                s,
                straight(30, 50),
                junction(ways.get(0)),
                straight(40, 70),
                junction(ways.get(1)),
                straight(40, 70),
                junction(ways.get(2)),
                straight(30, 50)));
      }
      case ROUNDABOUT -> {
        int first = 1 + rng.nextInt(2);
        TownPlan.Ring a = ring(first), b = ring(3 - first);
        legs.add(stretch(roundaboutRoad(first), straight(80, 110)));
        legs.add(a);
        legs.add(stretch(roundaboutRoad(1), straight(80, 110)));
        legs.add(b);
        legs.add(stretch(roundaboutRoad(3 - first), straight(80, 110)));
      }
      case MERGE -> {
        RoadSpec s = road(3);
        legs.add(
            stretch(
                s,
                straight(30, 50),
                new TownPlan.Merge(false),
                straight(40, 70),
                new TownPlan.Merge(true),
                straight(30, 50)));
      }
      case MIXED -> {
        int lanes = 1 + rng.nextInt(2);
        RoadSpec s1 = roundaboutRoad(lanes);
        legs.add(
            stretch(
                s1,
                straight(30, 50),
                junction(3 + rng.nextInt(3)),
                curve(s1, rng.nextBoolean() ? 1 : -1),
                straight(25, 40)));
        legs.add(ring(lanes));
        RoadSpec s2 = roundaboutRoad(lanes);
        legs.add(
            stretch(s2, straight(25, 40), new TownPlan.Merge(rng.nextBoolean()), straight(30, 50)));
      }
      default -> throw new IllegalStateException(kind.toString());
    }
    return new TownPlan(kind, style, legs);
  }

  private TownPlan.Stretch stretch(RoadSpec spec, TownPlan.Piece... pieces) {
    return new TownPlan.Stretch(spec, List.of(pieces));
  }

  private TownPlan.Straight straight(double min, double max) {
    return new TownPlan.Straight(rng.nextDouble(min, max));
  }

  /** An arc of 40–140 m whose radius (log-uniform) keeps the inner edge at least 8 m round. */
  private TownPlan.Curve curve(RoadSpec s, int sign) {
    double lo = Math.max(MIN_RADIUS, Math.max(s.left(), s.right()) + 8);
    double r = Math.exp(rng.nextDouble(Math.log(lo), Math.log(MAX_RADIUS)));
    double deg = Math.toDegrees(rng.nextDouble(40, 140) / r);
    return new TownPlan.Curve(r, sign * Math.max(6, Math.min(110, deg)));
  }

  /** A road of up to {@code maxLanes} each way, sometimes with a painted median. */
  private RoadSpec road(int maxLanes) {
    int f = Math.min(maxLanes, 1 + rng.nextInt(maxLanes));
    int b = Math.max(1, Math.min(maxLanes, f + rng.nextInt(-1, 2)));
    double median = Math.max(f, b) >= 2 && rng.nextDouble() < 0.4 ? rng.nextDouble(1, 3) : 0;
    return new RoadSpec(f, b, width(), median, style);
  }

  /** A road into a roundabout: as many lanes each way as it, or fewer. */
  private RoadSpec roundaboutRoad(int lanes) {
    int n = 1 + rng.nextInt(lanes);
    return new RoadSpec(n, n, width(), 0, style);
  }

  private double width() {
    return Math.round(rng.nextDouble(MIN_WIDTH, MAX_WIDTH) * 20) / 20.0;
  }

  /** An intersection of {@code ways} roads: side roads skewed up to 30° (5-way: two on a side). */
  private TownPlan.Junction junction(int ways) {
    boolean leftFirst = rng.nextBoolean();
    List<Double> angles = new ArrayList<>();
    if (ways == 3) {
      angles.add(side(leftFirst, 60, 120));
    } else if (ways == 4) {
      angles.add(side(true, 60, 120));
      angles.add(side(false, 60, 120));
    } else {
      angles.add(side(leftFirst, 45, 60));
      angles.add(side(leftFirst, 120, 135));
      angles.add(side(!leftFirst, 65, 115));
    }
    List<TownPlan.Arm> arms = new ArrayList<>();
    for (double a : angles) {
      arms.add(new TownPlan.Arm(a, road(2).withoutMedian(), rng.nextDouble(45, 70)));
    }
    return new TownPlan.Junction(arms);
  }

  /** An angle on the left (0–180°) or right (180–360°) between {@code min} and {@code max}. */
  private double side(boolean left, double min, double max) {
    double a = rng.nextDouble(min, max);
    return left ? a : 360 - a;
  }

  /** A roundabout of {@code lanes} lanes, turning 150–210° through it, with 1–2 side roads. */
  private TownPlan.Ring ring(int lanes) {
    double w = Math.round(rng.nextDouble(3.5, MAX_WIDTH) * 20) / 20.0;
    double r = lanes == 1 ? rng.nextDouble(14, 20) : rng.nextDouble(20, 28);
    double turn = rng.nextDouble(150, 210);
    List<Double> taken = new ArrayList<>(List.of(0.0, turn));
    List<TownPlan.Arm> stubs = new ArrayList<>();
    int want = 1 + rng.nextInt(2);
    for (int tries = 0; tries < 60 && stubs.size() < want; tries++) {
      double a = rng.nextDouble(0, 360);
      if (taken.stream().allMatch(t -> Math.abs(((a - t + 540) % 360) - 180) >= 85)) {
        taken.add(a);
        stubs.add(new TownPlan.Arm(a, roundaboutRoad(lanes), rng.nextDouble(35, 50)));
      }
    }
    return new TownPlan.Ring(lanes, w, r, turn, stubs);
  }
}
