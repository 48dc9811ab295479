package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.CrossSection;
import dev.mapsmith.sampledrives.world.LineTags;
import dev.mapsmith.sampledrives.world.RoadPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A roundabout between two stretches: a counter-clockwise ring of one or two lanes around a curbed
 * island, split into sectors at every entry and exit; each arm (the two stretches and the stub
 * roads) enters through connectors that join the ring tangentially after the arm's centre line and
 * leaves through connectors before it. The ring's outer curb is open across each arm's mouth, where
 * the entry and exit connectors carry the curb round the corner; between an arm's entry and exit
 * lies its splitter island.
 */
final class RoundaboutBuilder {

  /** From the ring's outer edge to where an arm's road begins (its mouth). */
  static final double ARM_GAP = 6;

  private RoundaboutBuilder() {}

  /** A point where a connector meets the ring: angle and whether it enters or leaves. */
  private record RingPort(double angle, boolean entry, Approach arm) {}

  /**
   * Builds the roundabout at the end of {@code in} (its path ends at the in-arm's mouth) and
   * returns the start pose (x, y, heading degrees) of the next stretch, whose spec is {@code out}.
   */
  static double[] build(
      TownSketch sk, TownPlan.Ring ring, RoadPath in, RoadSpec inSpec, RoadSpec out) {
    double len = in.length();
    double[] p = in.at(len, 0);
    double h = Port.heading(in, len);
    double r = ring.outerRadius(), d = r + ARM_GAP;
    double[] c = {p[0] + d * Math.cos(h), p[1] + d * Math.sin(h)};
    double phiIn = h + Math.PI;
    double phiOut = phiIn + Math.toRadians(ring.turnDeg());
    double[] next = {c[0] + d * Math.cos(phiOut), c[1] + d * Math.sin(phiOut), phiOut};
    RoadPath outPath = RoadPath.start(next[0], next[1], Math.toDegrees(phiOut)).straight(1).build();
    Approach inArm = new Approach(in, inSpec, len, false);
    Approach outArm = new Approach(outPath, out, 0, true);
    List<Approach> arms = new ArrayList<>(List.of(inArm, outArm));
    for (TownPlan.Arm stub : ring.stubs()) {
      double phi = phiIn + Math.toRadians(stub.angleDeg());
      RoadPath sp =
          RoadPath.start(c[0] + d * Math.cos(phi), c[1] + d * Math.sin(phi), Math.toDegrees(phi))
              .straight(stub.length())
              .build();
      sk.mouth(sp, stub.spec(), 0, false);
      sk.road(sp, stub.spec(), TownGeometry.MOUTH, sp.length(), Zone.NORMAL, false);
      arms.add(new Approach(sp, stub.spec(), 0, true));
    }
    List<RingPort> ports = new ArrayList<>();
    for (Approach a : arms) {
      double half = Math.max(a.spec().left(), a.spec().right()) + 2.5;
      double delta = Math.asin(Math.min(0.9, half / r));
      ports.add(new RingPort(a.angle() - delta, false, a));
      ports.add(new RingPort(a.angle() + delta, true, a));
    }
    double a0 = ports.get(0).angle();
    ports.sort(Comparator.comparingDouble(x -> IntersectionBuilder.norm(x.angle() - a0)));
    RoadPath ringPath =
        RoadPath.start(c[0] + r * Math.cos(a0), c[1] + r * Math.sin(a0), Math.toDegrees(a0) + 90)
            .arc(r, 360)
            .build();
    int n = ports.size();
    long[][] sectors = new long[n][];
    for (int k = 0; k < n; k++) {
      RingPort from = ports.get(k), to = ports.get((k + 1) % n);
      double s0 = sAt(ringPath, a0, from.angle(), false);
      double s1 = sAt(ringPath, a0, to.angle(), k == n - 1);
      boolean mouth = !from.entry() && to.entry() && from.arm() == to.arm();
      sectors[k] =
          ringSection(sk, ring, mouth)
              .build(sk.map, ringPath, s0, s1, Map.of(), "road", sk.speedKmh);
    }
    long entry = -1, exit = -1;
    for (Approach a : arms) {
      List<Port> incoming = a.incoming(), outgoing = a.outgoing();
      double half = Math.max(a.spec().left(), a.spec().right()) + 2.5;
      double delta = Math.asin(Math.min(0.9, half / r));
      for (int i = 0; i < Math.min(incoming.size(), ring.lanes()); i++) {
        long id =
            Connector.build(
                sk.map,
                incoming.get(i),
                ringPort(c, ring, a.angle() + delta, i),
                i == 0 ? LineTags.CURB : LineTags.VIRTUAL,
                LineTags.VIRTUAL,
                sk.speedKmh);
        if (a == inArm && i == 0) {
          entry = id;
        }
      }
      for (int i = 0; i < Math.min(outgoing.size(), ring.lanes()); i++) {
        long id =
            Connector.build(
                sk.map,
                ringPort(c, ring, a.angle() - delta, i),
                outgoing.get(i),
                i == 0 ? LineTags.CURB : LineTags.VIRTUAL,
                LineTags.VIRTUAL,
                sk.speedKmh);
        if (a == outArm && i == 0) {
          exit = id;
        }
      }
    }
    sk.route.add(entry);
    int k = 0;
    while (!(ports.get(k).entry() && ports.get(k).arm() == inArm)) {
      k++;
    }
    for (int step = 0; step < n; step++) {
      int idx = (k + step) % n;
      sk.route.add(sectors[idx][0]);
      RingPort end = ports.get((idx + 1) % n);
      if (!end.entry() && end.arm() == outArm) {
        break;
      }
    }
    sk.route.add(exit);
    sk.rings.add(new TownSketch.RingGeometry(c, r, ring.lanes(), ring.laneWidth()));
    return next;
  }

  /** Arc length along the ring path at {@code angle}; {@code end} maps a0 to the full turn. */
  private static double sAt(RoadPath ringPath, double a0, double angle, boolean end) {
    double rel = IntersectionBuilder.norm(angle - a0);
    if (end && rel < 1e-9) {
      rel = 2 * Math.PI;
    }
    return ringPath.length() * rel / (2 * Math.PI);
  }

  private static CrossSection ringSection(TownSketch sk, TownPlan.Ring ring, boolean mouth) {
    double w = ring.laneWidth();
    LineTags outer = mouth ? LineTags.VIRTUAL : LineTags.CURB;
    if (ring.lanes() == 1) {
      return new CrossSection(List.of(0.0, w), List.of(outer, LineTags.CURB), List.of(1));
    }
    return new CrossSection(
        List.of(0.0, w, 2 * w), List.of(outer, sk.style.divider(), LineTags.CURB), List.of(1, 1));
  }

  /** The port of ring lane {@code i} (0 = outer) at {@code angle}, facing counter-clockwise. */
  private static Port ringPort(double[] c, TownPlan.Ring ring, double angle, int i) {
    double ro = ring.outerRadius() - i * ring.laneWidth(), ri = ro - ring.laneWidth();
    double cos = Math.cos(angle), sin = Math.sin(angle);
    return new Port(
        new double[] {c[0] + ri * cos, c[1] + ri * sin},
        new double[] {c[0] + ro * cos, c[1] + ro * sin},
        angle + Math.PI / 2);
  }
}
