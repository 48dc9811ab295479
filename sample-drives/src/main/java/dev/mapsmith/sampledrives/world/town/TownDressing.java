package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.Dressing;
import dev.mapsmith.sampledrives.world.RoadPath;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A town's dressing, drawn from its seed: worn and faded stretches of lane lines and of the marks
 * in junction mouths, asphalt patches, painted medians as plain asphalt, parked cars along curbs
 * (side roads; the stretch's far side when it has two lanes there) and moving cars in the lanes
 * beside and opposite the route.
 *
 * @param wearPerMetre how often a lane line is worn (stretches per metre of line)
 * @param patchesPerMetre how often the road is patched (patches per metre of road)
 * @param parkedShare the share of curb slots (every 6–14 m) with a parked car
 * @param carsPerMetre moving cars per metre of lane
 */
record TownDressing(
    double wearPerMetre, double patchesPerMetre, double parkedShare, double carsPerMetre) {

  static final double CAR_LENGTH = 4.5;
  static final double CAR_WIDTH = 1.8;

  Dressing build(TownSketch sk, SplittableRandom rng) {
    List<Dressing.Surface> wear = new ArrayList<>(), cover = new ArrayList<>();
    List<Dressing.Car> parked = new ArrayList<>();
    List<Dressing.Mover> traffic = new ArrayList<>();
    for (TownSketch.Run r : sk.runs) {
      RoadSpec spec = r.spec();
      if (spec.median() > 0) {
        for (double s = r.s0(); s < r.s1(); s += 2) {
          cover.add(
              surface(
                  r.path(), s, Math.min(r.s1(), s + 2), 0, spec.median(), Dressing.Kind.ASPHALT));
        }
      }
      if (r.zone() == Zone.NORMAL || r.zone() == Zone.NEAR) {
        for (double o : spec.innerLineOffsets()) {
          wearAlong(r, o, rng, wear);
        }
      }
      if (r.zone() == Zone.MOUTH && rng.nextDouble() < wearPerMetre * 20) {
        double s = rng.nextDouble(r.s0(), r.s1());
        double o = rng.nextDouble(-spec.right(), spec.left());
        wear.add(surface(r.path(), s - 0.6, s + 0.6, o, rng.nextDouble(1, 3), kind(rng)));
      }
      if (r.zone() == Zone.NORMAL) {
        patches(r, rng, cover);
        boolean farSide = !r.spine() || spec.backward() >= 2;
        if (farSide) {
          park(r, spec.left() - 0.2 - CAR_WIDTH / 2, Math.PI, rng, parked);
        }
        if (!r.spine()) {
          park(r, -spec.right() + 0.2 + CAR_WIDTH / 2, 0, rng, parked);
        }
      }
    }
    for (TownSketch.Run r : sk.spines) {
      drive(r, rng, traffic);
    }
    return new Dressing(wear, cover, parked, traffic);
  }

  private static Dressing.Kind kind(SplittableRandom rng) {
    return rng.nextBoolean() ? Dressing.Kind.WORN : Dressing.Kind.FADED;
  }

  private void wearAlong(
      TownSketch.Run r, double offset, SplittableRandom rng, List<Dressing.Surface> out) {
    if (wearPerMetre <= 0) {
      return;
    }
    double s = r.s0() + exponential(rng, 1 / wearPerMetre);
    while (s < r.s1()) {
      double len = rng.nextDouble(1, 6);
      out.add(surface(r.path(), s, Math.min(r.s1(), s + len), offset, 0.6, kind(rng)));
      s += len + exponential(rng, 1 / wearPerMetre);
    }
  }

  private void patches(TownSketch.Run r, SplittableRandom rng, List<Dressing.Surface> out) {
    if (patchesPerMetre <= 0) {
      return;
    }
    RoadSpec spec = r.spec();
    double s = r.s0() + exponential(rng, 1 / patchesPerMetre);
    while (s < r.s1() - 2) {
      double len = rng.nextDouble(2, 10), width = rng.nextDouble(1, 3.5);
      double o = rng.nextDouble(-spec.right() + width / 2, spec.left() - width / 2);
      Dressing.Kind k = rng.nextBoolean() ? Dressing.Kind.PATCH_DARK : Dressing.Kind.PATCH_LIGHT;
      out.add(surface(r.path(), s, Math.min(r.s1(), s + len), o, width, k));
      s += len + exponential(rng, 1 / patchesPerMetre);
    }
  }

  private void park(
      TownSketch.Run r, double offset, double turn, SplittableRandom rng, List<Dressing.Car> out) {
    for (double s = r.s0() + 3; s < r.s1() - 3; s += rng.nextDouble(6, 14)) {
      if (rng.nextDouble() < parkedShare) {
        double[] p = r.path().at(s, offset);
        double h = Port.heading(r.path(), s) + turn;
        out.add(new Dressing.Car(p[0], p[1], h, CAR_LENGTH, CAR_WIDTH));
      }
    }
  }

  /** Cars in the lanes beside the route (forward lanes but the first) and the opposite lanes. */
  private void drive(TownSketch.Run r, SplittableRandom rng, List<Dressing.Mover> out) {
    RoadSpec spec = r.spec();
    RoadPath path = r.path();
    double len = path.length(), w = spec.laneWidth();
    List<List<double[]>> lanes = new ArrayList<>();
    for (int i = 1; i < spec.forward(); i++) {
      lanes.add(path.line(0, len, -spec.right() + (i + 0.5) * w, 2.0));
    }
    for (int i = spec.backward() >= 2 ? 1 : 0; i < spec.backward(); i++) {
      lanes.add(path.line(len, 0, spec.left() - (i + 0.5) * w, 2.0));
    }
    for (List<double[]> lane : lanes) {
      int cars = (int) Math.round(len * carsPerMetre);
      for (int k = 0; k < cars; k++) {
        double speed = rng.nextDouble(7, 13);
        out.add(new Dressing.Mover(lane, rng.nextDouble(-speed * 10, len), speed, CAR_LENGTH));
      }
    }
  }

  private static Dressing.Surface surface(
      RoadPath path, double s0, double s1, double offset, double width, Dressing.Kind k) {
    double[] a = path.at(s0, offset), b = path.at(s1, offset);
    return new Dressing.Surface(a[0], a[1], b[0], b[1], width, k);
  }

  private static double exponential(SplittableRandom rng, double mean) {
    return -mean * Math.log(1 - rng.nextDouble());
  }
}
