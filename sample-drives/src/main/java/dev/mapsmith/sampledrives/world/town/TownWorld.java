package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.osm.SampleOrigin;
import dev.mapsmith.sampledrives.world.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@code town} worlds: a random road network drawn from a seed (the same seed and kind always give
 * the same town), built as a Lanelet2 truth map with a route through all of it, and dressed with
 * wear, patches, parked cars and traffic. See {@link TownKind} for the layouts it can emphasise.
 */
public final class TownWorld {

  /** The cruising speed through a town, m/s. */
  static final double SPEED = 12;

  /** Layout types in the order scenario.json lists them. */
  public static final List<String> LAYOUTS =
      List.of("straight", "curve", "intersection", "roundabout", "merge");

  private TownWorld() {}

  public static Scenario scenario(TownKind kind, long seed) {
    return build(kind, seed).scenario();
  }

  public static Town build(TownKind kind, long seed) {
    SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kind.ordinal());
    TownPlan plan = LayoutPlanner.plan(kind, rng.split());
    TownSketch sk = new TownSketch(plan.style(), rng.split(), 50);
    double[] pose = {0, 0, rng.nextDouble(0, 360)};
    List<TownPlan.Leg> legs = plan.legs();
    StretchBuilder.Built last = null;
    for (int i = 0; i < legs.size(); i++) {
      if (legs.get(i) instanceof TownPlan.Stretch st) {
        boolean ringBefore = i > 0, ringAfter = i < legs.size() - 1;
        last = StretchBuilder.build(sk, st, pose, ringBefore, ringAfter);
        pose = last.end();
      } else {
        TownPlan.Ring ring = (TownPlan.Ring) legs.get(i);
        RoadSpec in = ((TownPlan.Stretch) legs.get(i - 1)).spec();
        RoadSpec out = ((TownPlan.Stretch) legs.get(i + 1)).spec();
        double[] next = RoundaboutBuilder.build(sk, ring, last.path(), in, out);
        pose = new double[] {next[0], next[1], Math.toDegrees(next[2])};
      }
    }
    SplittableRandom dr = rng.split();
    TownDressing dressing =
        new TownDressing(
            pick(dr, 0, 0.01, 0.03), pick(dr, 0, 0.01, 0.02), pick(dr, 0.3, 0.6, 0.9), 1 / 30.0);
    Scenario s =
        new Scenario(
            kind.worldName(),
            sk.map.build(),
            SampleOrigin.DEFAULT,
            new ArrayList<>(sk.route),
            SPEED,
            true,
            dressing.build(sk, dr),
            layouts(plan));
    return new Town(s, plan, List.copyOf(sk.rings));
  }

  private static double pick(SplittableRandom rng, double... values) {
    return values[rng.nextInt(values.length)];
  }

  /** The layout types a plan contains, in {@link #LAYOUTS} order. */
  static List<String> layouts(TownPlan plan) {
    Set<String> found = new LinkedHashSet<>();
    for (TownPlan.Leg leg : plan.legs()) {
      if (leg instanceof TownPlan.Ring) {
        found.add("roundabout");
      } else {
        for (TownPlan.Piece p : ((TownPlan.Stretch) leg).pieces()) {
          found.add(
              p instanceof TownPlan.Straight
                  ? "straight"
                  : p instanceof TownPlan.Curve
                      ? "curve"
                      : p instanceof TownPlan.Junction ? "intersection" : "merge");
        }
      }
    }
    return LAYOUTS.stream().filter(found::contains).toList();
  }
}
